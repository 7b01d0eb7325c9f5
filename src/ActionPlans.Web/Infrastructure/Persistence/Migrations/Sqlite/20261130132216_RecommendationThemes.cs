using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecommendationThemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Phrases = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThemesAssigned",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Through = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemesAssigned", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationThemes",
                columns: table => new
                {
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Placement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationThemes", x => new { x.RecommendationId, x.ThemeId });
                    table.ForeignKey(
                        name: "FK_RecommendationThemes_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationThemes_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Themes",
                columns: new[] { "Id", "Name", "Phrases", "Version" },
                values: new object[,]
                {
                    { 1, "Risk of harm", "risk of harm\nrisk of serious harm\nrisk assess*\nrisk manag*\nrisk review*\nsafeguard*\ndomestic abuse\nchild protection\npublic protection\nmappa", 1 },
                    { 2, "Workload", "workload*\ncaseload*\nstaffing\nvacanc*\nrecruit*\nretain staff\nretention of staff\nstaff sickness", 1 },
                    { 3, "Management oversight", "management oversight\noversight\noversee*\nquality assur*\nline manag*\ncountersign*", 1 },
                    { 4, "Case allocation", "allocat*\nreallocat*\ncase transfer*\ntransfer of cases", 1 },
                    { 5, "Through the gate", "through the gate\nresettle*\nreleas*\ncustody\nleaving prison", 1 },
                    { 6, "Unpaid work", "unpaid work\ncommunity payback", 1 },
                    { 7, "Information sharing", "information sharing\nshare information\nshare * information\nsharing information\nsharing of information\nexchange of information\ndata sharing\npartner agenc*", 1 },
                    { 8, "Training", "train*\ninduction\nlearning and development\nrefresher", 1 },
                    { 9, "Estates and IT", "estate*\noffice*\npremises\nbuilding*\nict\nit system*\ninformation technology\ncase management system\ndigital\ncomputer*\nlaptop*", 1 },
                    { 10, "Court work", "court report*\npre sentence\npresentence\nsentencing\nbail", 1 },
                    { 11, "Diversity and equality", "diversity\ndiverse\nequalit*\nprotected characteristic*\nwomen\nethnic*\ndisabilit*", 1 },
                    { 12, "Rehabilitative work", "interventions\naccredited programme*\nservices to reduce reoffending\nreoffending\nsubstance misuse\naccommodation\nemployment", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationThemes_ThemeId_Placement_RecommendationId",
                table: "RecommendationThemes",
                columns: new[] { "ThemeId", "Placement", "RecommendationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Themes_Name",
                table: "Themes",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecommendationThemes");

            migrationBuilder.DropTable(
                name: "ThemesAssigned");

            migrationBuilder.DropTable(
                name: "Themes");
        }
    }
}
