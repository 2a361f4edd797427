using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DevConnect.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GitHubSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GitHubRepos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                    RequestName = table.Column<string>(type: "TEXT", nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Forks = table.Column<int>(type: "INTEGER", nullable: false),
                    Watchers = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenIssues = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodFirstIssues = table.Column<int>(type: "INTEGER", nullable: true),
                    HelpWanted = table.Column<int>(type: "INTEGER", nullable: true),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    License = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Homepage = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DefaultBranch = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    PushedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NotFound = table.Column<bool>(type: "INTEGER", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FetchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextRefreshAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FailureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GitHubRepos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GitHubUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Login = table.Column<string>(type: "TEXT", maxLength: 39, nullable: false),
                    AvatarUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PublicRepos = table.Column<int>(type: "INTEGER", nullable: false),
                    TopReposJson = table.Column<string>(type: "TEXT", nullable: false),
                    NotFound = table.Column<bool>(type: "INTEGER", nullable: false),
                    FetchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextRefreshAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FailureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GitHubUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GitHubRepoLanguages",
                columns: table => new
                {
                    SnapshotId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GitHubRepoLanguages", x => new { x.SnapshotId, x.Name });
                    table.ForeignKey(
                        name: "FK_GitHubRepoLanguages_GitHubRepos_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "GitHubRepos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GitHubRepoLanguages_Tag",
                table: "GitHubRepoLanguages",
                column: "Tag");

            migrationBuilder.CreateIndex(
                name: "IX_GitHubRepos_Key",
                table: "GitHubRepos",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GitHubRepos_NextRefreshAtUtc",
                table: "GitHubRepos",
                column: "NextRefreshAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_GitHubUsers_Login",
                table: "GitHubUsers",
                column: "Login",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GitHubRepoLanguages");

            migrationBuilder.DropTable(
                name: "GitHubUsers");

            migrationBuilder.DropTable(
                name: "GitHubRepos");
        }
    }
}
