using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DevConnect.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProjectFeedColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_CreatedAtUtc",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_UpdatedAtUtc",
                table: "Projects");

            migrationBuilder.AddColumn<DateTime>(
                name: "GitHubInactiveFromUtc",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GitHubStars",
                table: "Projects",
                type: "INTEGER",
                nullable: true);

            // Projects linked before these columns existed get their snapshot's stars and inactive-from moment: the
            // same statement ProjectGitHubFacts runs (kept here as it was, since a migration is history).
            migrationBuilder.Sql(
                "UPDATE Projects SET " +
                "GitHubStars = (SELECT s.Stars FROM GitHubRepos AS s WHERE s.Key = Projects.GitHubKey AND s.FetchedAtUtc IS NOT NULL AND NOT s.NotFound), " +
                "GitHubInactiveFromUtc = (SELECT CASE WHEN s.Archived THEN s.FetchedAtUtc WHEN s.PushedAtUtc IS NULL THEN NULL " +
                "ELSE strftime('%Y-%m-%d %H:%M:%f', s.PushedAtUtc, '+12 months') END " +
                "FROM GitHubRepos AS s WHERE s.Key = Projects.GitHubKey AND s.FetchedAtUtc IS NOT NULL AND NOT s.NotFound) " +
                "WHERE GitHubKey IS NOT NULL;");

            // The search index's words and how many projects contain each (read by SearchVocabulary); a view, no storage.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ProjectSearchTerms USING fts5vocab(ProjectSearch, 'row');");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Feed_Newest",
                table: "Projects",
                columns: new[] { "CreatedAtUtc", "Id", "Status", "Commitment", "IsJuniorFriendly", "GitHubInactiveFromUtc", "GitHubKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Feed_Stars",
                table: "Projects",
                columns: new[] { "GitHubStars", "CreatedAtUtc", "Id", "Status", "Commitment", "IsJuniorFriendly", "GitHubInactiveFromUtc", "GitHubKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Feed_Updated",
                table: "Projects",
                columns: new[] { "UpdatedAtUtc", "Id", "Status", "Commitment", "IsJuniorFriendly", "GitHubInactiveFromUtc", "GitHubKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS ProjectSearchTerms;");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Feed_Newest",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Feed_Stars",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Feed_Updated",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "GitHubInactiveFromUtc",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "GitHubStars",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_CreatedAtUtc",
                table: "Projects",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_UpdatedAtUtc",
                table: "Projects",
                column: "UpdatedAtUtc");
        }
    }
}
