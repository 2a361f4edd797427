using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DevConnect.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MatchingGitHubLanguageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GitHubRepoLanguages_Tag_Snapshot",
                table: "GitHubRepoLanguages",
                columns: new[] { "Tag", "SnapshotId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GitHubRepoLanguages_Tag_Snapshot",
                table: "GitHubRepoLanguages");
        }
    }
}
