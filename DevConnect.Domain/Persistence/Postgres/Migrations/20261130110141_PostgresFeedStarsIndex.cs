using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DevConnect.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The most-starred feed sorts projects without stars last (as SQLite orders NULLs); PostgreSQL can only read that
    /// order from an index on the same expression, so without this one it sorted every project (83 ms at 100k, now
    /// under 1). The model cannot describe an expression index, hence raw SQL.
    /// </summary>
    public partial class PostgresFeedStarsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Projects_Feed_StarsFirst" ON "Projects"
                    (("GitHubStars" IS NOT NULL) DESC, "GitHubStars" DESC, "CreatedAtUtc" DESC, "Id" DESC)
                    INCLUDE ("Status", "Commitment", "IsJuniorFriendly", "GitHubInactiveFromUtc", "GitHubKey");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Projects_Feed_StarsFirst";""");
        }
    }
}
