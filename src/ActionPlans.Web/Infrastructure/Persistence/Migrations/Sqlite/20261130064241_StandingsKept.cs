using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StandingsKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionStandings",
                columns: table => new
                {
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedIn = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletedIn = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionStandings", x => new { x.ActionId, x.From });
                });

            migrationBuilder.CreateTable(
                name: "DeliveryTallies",
                columns: table => new
                {
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Span = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Measure = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveryTallies", x => new { x.Span, x.Start, x.Measure, x.ProviderId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "StandingsBuilt",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    DueSoonDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingsBuilt", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionStandings_PlanId_From_Until_State",
                table: "ActionStandings",
                columns: new[] { "PlanId", "From", "Until", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionStandings_State_From_Until_ActionId",
                table: "ActionStandings",
                columns: new[] { "State", "From", "Until", "ActionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionStandings");

            migrationBuilder.DropTable(
                name: "DeliveryTallies");

            migrationBuilder.DropTable(
                name: "StandingsBuilt");
        }
    }
}
