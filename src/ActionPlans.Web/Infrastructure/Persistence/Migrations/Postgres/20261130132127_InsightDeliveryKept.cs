using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActionPlans.Web.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InsightDeliveryKept : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WorkingDaysTaken",
                table: "DeliveredPlans",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DaysLate",
                table: "ActionStandings",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkingDaysTaken",
                table: "DeliveredPlans");

            migrationBuilder.DropColumn(
                name: "DaysLate",
                table: "ActionStandings");
        }
    }
}
