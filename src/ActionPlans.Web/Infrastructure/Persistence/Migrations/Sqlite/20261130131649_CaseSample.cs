using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseSample : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseSamples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSamples_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectedCase",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseSampleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    HarmFactors = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerRecord = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Ogrs = table.Column<int>(type: "INTEGER", nullable: true),
                    Rosh = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    FlagWords = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectedCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectedCase_CaseSamples_CaseSampleId",
                        column: x => x.CaseSampleId,
                        principalTable: "CaseSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSamples_InspectionId",
                table: "CaseSamples",
                column: "InspectionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectedCase_CaseSampleId_Reference",
                table: "InspectedCase",
                columns: new[] { "CaseSampleId", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectedCase");

            migrationBuilder.DropTable(
                name: "CaseSamples");
        }
    }
}
