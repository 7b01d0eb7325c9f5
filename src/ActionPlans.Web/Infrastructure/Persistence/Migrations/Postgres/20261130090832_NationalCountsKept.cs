using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NationalCountsKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "ActionStandings",
                type: "character varying(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DeliveredPlans",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    ChartStart = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeliveredPlans", x => x.PlanId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeliveryTallies_Measure_Span_Start_ProviderId_Key_Change",
                table: "DeliveryTallies",
                columns: new[] { "Measure", "Span", "Start", "ProviderId", "Key", "Change" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionStandings_AssignedTo_Until_From_State_PlannedIn_Actio~",
                table: "ActionStandings",
                columns: new[] { "AssignedTo", "Until", "From", "State", "PlannedIn", "ActionId", "PlanId" },
                filter: "\"AssignedTo\" IS NOT NULL");

            // The new columns and rows are filled when the standings are next worked out, which an empty marker asks for at start.
            migrationBuilder.Sql(@"DELETE FROM ""StandingsBuilt""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeliveredPlans");

            migrationBuilder.DropIndex(
                name: "IX_DeliveryTallies_Measure_Span_Start_ProviderId_Key_Change",
                table: "DeliveryTallies");

            migrationBuilder.DropIndex(
                name: "IX_ActionStandings_AssignedTo_Until_From_State_PlannedIn_Actio~",
                table: "ActionStandings");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "ActionStandings");
        }
    }
}
