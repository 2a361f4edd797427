using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DevConnect.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ModerationReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Feed_Newest",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Feed_Stars",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Feed_Updated",
                table: "Projects");

            migrationBuilder.AddColumn<bool>(
                name: "HeldForReview",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "Projects",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnerSuspended",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "HeldForReview",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "Profiles",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnerSuspended",
                table: "Profiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "Messages",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SuspendedAtUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SuspendedUntilUtc",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionReason",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MessageHiddenReason",
                table: "Applications",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ModerationAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TargetUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReporterId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedById = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_AspNetUsers_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Feed_Newest",
                table: "Projects",
                columns: new[] { "CreatedAtUtc", "Id", "Status", "Commitment", "IsJuniorFriendly", "GitHubInactiveFromUtc", "GitHubKey", "IsPublic" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Feed_Stars",
                table: "Projects",
                columns: new[] { "GitHubStars", "CreatedAtUtc", "Id", "Status", "Commitment", "IsJuniorFriendly", "GitHubInactiveFromUtc", "GitHubKey", "IsPublic" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Feed_Updated",
                table: "Projects",
                columns: new[] { "UpdatedAtUtc", "Id", "Status", "Commitment", "IsJuniorFriendly", "GitHubInactiveFromUtc", "GitHubKey", "IsPublic" });

            migrationBuilder.CreateIndex(
                name: "IX_ModerationAudit_AtUtc",
                table: "ModerationAudit",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ModerationAudit_TargetUserId",
                table: "ModerationAudit",
                column: "TargetUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AuthorId",
                table: "Reports",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_OpenPerReporter",
                table: "Reports",
                columns: new[] { "ReporterId", "Kind", "ItemId" },
                unique: true,
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Status_Kind_ItemId",
                table: "Reports",
                columns: new[] { "Status", "Kind", "ItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModerationAudit");

            migrationBuilder.DropTable(
                name: "Reports");

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
                name: "HeldForReview",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "OwnerSuspended",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "HeldForReview",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "OwnerSuspended",
                table: "Profiles");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "SuspendedAtUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SuspendedUntilUtc",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SuspensionReason",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MessageHiddenReason",
                table: "Applications");

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
    }
}
