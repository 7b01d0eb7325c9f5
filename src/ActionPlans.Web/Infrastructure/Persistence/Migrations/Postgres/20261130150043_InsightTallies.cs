using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InsightTallies",
                columns: table => new
                {
                    Measure = table.Column<int>(type: "integer", nullable: false),
                    Span = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Addressee = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    Change = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightTallies", x => new { x.Measure, x.Span, x.Start, x.ProviderId, x.Addressee, x.Key, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "InsightTalliesBuilt",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Rules = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightTalliesBuilt", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InsightTallies_Measure_Span_Start_ProviderId_Addressee_Key_~",
                table: "InsightTallies",
                columns: new[] { "Measure", "Span", "Start", "ProviderId", "Addressee", "Key", "Value", "Change" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InsightTallies");

            migrationBuilder.DropTable(
                name: "InsightTalliesBuilt");
        }
    }
}
