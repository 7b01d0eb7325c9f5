using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RepeatedRecommendationsIndexed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_Repeated",
                table: "Recommendations",
                columns: new[] { "InspectionId", "IsRepeated", "RepeatedFromId", "AddresseeId", "Id" },
                filter: "\"IsRepeated\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_Repeated",
                table: "Recommendations");
        }
    }
}
