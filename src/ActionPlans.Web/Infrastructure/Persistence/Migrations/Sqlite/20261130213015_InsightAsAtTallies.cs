using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InsightAsAtTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InsightAsAtTallies",
                columns: table => new
                {
                    Measure = table.Column<int>(type: "INTEGER", nullable: false),
                    Span = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AsAtSpan = table.Column<int>(type: "INTEGER", nullable: false),
                    AsAtStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Addressee = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InsightAsAtTallies", x => new { x.Measure, x.Span, x.AsAtSpan, x.Start, x.AsAtStart, x.ProviderId, x.Addressee, x.Value });
                });

            migrationBuilder.CreateIndex(
                name: "IX_InsightAsAtTallies_Measure_Span_AsAtSpan_AsAtStart_Start_ProviderId_Addressee_Value_Change",
                table: "InsightAsAtTallies",
                columns: new[] { "Measure", "Span", "AsAtSpan", "AsAtStart", "Start", "ProviderId", "Addressee", "Value", "Change" });

            migrationBuilder.CreateIndex(
                name: "IX_InsightAsAtTallies_Measure_Span_AsAtSpan_Start_AsAtStart_ProviderId_Addressee_Value_Change",
                table: "InsightAsAtTallies",
                columns: new[] { "Measure", "Span", "AsAtSpan", "Start", "AsAtStart", "ProviderId", "Addressee", "Value", "Change" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InsightAsAtTallies");
        }
    }
}
