using DevConnect.Domain.Accounts;
using DevConnect.Domain.Media;
using DevConnect.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DevConnect.Domain.Projects;

/// <summary>Which images a save may add to a project.</summary>
internal static class ProjectImageRules
{
    public static async Task<IEnumerable<FieldError>> CheckAsync(
        DevConnectDbContext db, string userId, IReadOnlyList<string> current, IReadOnlyList<string> wanted, CancellationToken ct)
    {
        var added = wanted.Except(current).ToList();
        if (added.Count == 0)
        {
            return [];
        }

        // Demo assets cannot be added by hand, and uploads only by the person who uploaded them.
        var hashes = added.Where(ImageHash.IsValid).ToList();
        var mine = await db.UploadedImages.Where(u => u.UploadedById == userId && hashes.Contains(u.Hash)).Select(u => u.Hash).ToListAsync(ct);
        return added.Count == mine.Count
            ? []
            : [new FieldError(ProjectRules.ImagesField, ProjectErrors.ImageUnknown, "One of the images is not available any more. Upload it again.")];
    }
}
