using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DevConnect.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApplicationLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Links",
                table: "Applications",
                type: "TEXT",
                maxLength: 700,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Links",
                table: "Applications");
        }
    }
}
