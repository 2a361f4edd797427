using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DevConnect.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProjectGitHubKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GitHubKey",
                table: "Projects",
                type: "TEXT",
                maxLength: 140,
                nullable: true);

            // Projects saved before this column existed: the same lower-case "owner/repo" GitHubSync.KeyOf gives
            // (GitHub names are ASCII, so SQLite's ASCII-only lower() agrees with ToLowerInvariant()).
            migrationBuilder.Sql(
                "UPDATE Projects SET GitHubKey = lower(GitHubOwner || '/' || GitHubRepo) WHERE GitHubOwner IS NOT NULL AND GitHubRepo IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_GitHubKey",
                table: "Projects",
                column: "GitHubKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_GitHubKey",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "GitHubKey",
                table: "Projects");
        }
    }
}
