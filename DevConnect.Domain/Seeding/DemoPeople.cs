using DevConnect.Domain.Profiles;

namespace DevConnect.Domain.Seeding;

/// <summary>The demo community: believable people across levels, places and stacks.</summary>
internal static class DemoPeople
{
    internal sealed record Person(string DisplayName, string Handle, string Headline, string Location, ExperienceLevel Level);

    internal static readonly Person[] All =
    [
        new("Ada Okafor", "ada", "Backend developer, C# and PostgreSQL, mentoring juniors on weekends", "Lagos, Nigeria", ExperienceLevel.Senior),
        new("Lucas Martin", "lucas-martin", "Junior front-end developer learning TypeScript and React", "Lyon, France", ExperienceLevel.Junior),
        new("Mei Tanaka", "mei-tanaka", "Rust and embedded systems, looking for a team for a drone project", "Osaka, Japan", ExperienceLevel.Intermediate),
        new("Sofia Rossi", "sofia-rossi", "Data engineer: Python, Airflow and dbt", "Milan, Italy", ExperienceLevel.Senior),
        new("Omar Haddad", "omar-haddad", "Mobile developer (Kotlin, Swift), open to mentoring", "Amman, Jordan", ExperienceLevel.Lead),
        new("Chloé Dubois", "chloe-dubois", "Bootcamp graduate, first open-source contributions in Go", "Brussels, Belgium", ExperienceLevel.Junior),
        new("Noah Schmidt", "noah-schmidt", "DevOps: Kubernetes, Terraform, GitHub Actions", "Berlin, Germany", ExperienceLevel.Senior),
        new("Priya Raman", "priya-raman", "Full-stack .NET and Blazor, accessibility advocate", "Bengaluru, India", ExperienceLevel.Intermediate),
        new("Mateo García", "mateo-garcia", "Game developer: C++ and Godot, building a co-op roguelike", "Valencia, Spain", ExperienceLevel.Intermediate),
        new("Amara Diallo", "amara-diallo", "Computer science student, Java and Spring Boot", "Dakar, Senegal", ExperienceLevel.Junior),
        new("Lena Novak", "lena-novak", "Security engineer, Go and threat modelling", "Ljubljana, Slovenia", ExperienceLevel.Lead),
        new("Jonas Berg", "jonas-berg", "Elixir and Phoenix LiveView, functional programming fan", "Oslo, Norway", ExperienceLevel.Senior),
        new("Fatima Zahra", "fatima-zahra", "UX designer who codes: Figma, CSS and Svelte", "Casablanca, Morocco", ExperienceLevel.Intermediate),
        new("Ethan Walker", "ethan-walker", "Self-taught Python developer, automating everything", "Leeds, United Kingdom", ExperienceLevel.Junior),
        new("Yuki Sato", "yuki-sato", "Machine learning engineer, PyTorch and Rust bindings", "Tokyo, Japan", ExperienceLevel.Senior),
        new("Gabriel Silva", "gabriel-silva", "PHP and Laravel for NGOs, learning Vue", "Recife, Brazil", ExperienceLevel.Intermediate),
        new("Hannah Cohen", "hannah-cohen", "Technical writer and docs tooling (Ruby, Jekyll)", "Tel Aviv, Israel", ExperienceLevel.Intermediate),
        new("Kwame Mensah", "kwame-mensah", "Junior backend developer, Node.js and MongoDB", "Accra, Ghana", ExperienceLevel.Junior),
        new("Ingrid Larsen", "ingrid-larsen", "Scala and Kafka, streaming data at scale", "Copenhagen, Denmark", ExperienceLevel.Lead),
        new("Arjun Patel", "arjun-patel", "Android developer moving to Kotlin Multiplatform", "Ahmedabad, India", ExperienceLevel.Intermediate),
        new("Camille Laurent", "camille-laurent", "Junior QA engineer, Playwright and test automation", "Montréal, Canada", ExperienceLevel.Junior),
        new("Diego Fernández", "diego-fernandez", "Haskell hobbyist, TypeScript by day", "Buenos Aires, Argentina", ExperienceLevel.Senior),
        new("Elif Yılmaz", "elif-yilmaz", "Frontend architect: Angular, design systems", "Istanbul, Türkiye", ExperienceLevel.Lead),
        new("Tomasz Kowalski", "tomasz-kowalski", "C and Zig, operating systems and compilers", "Kraków, Poland", ExperienceLevel.Senior),
        new("Grace Kim", "grace-kim", "Career changer, first year in Ruby on Rails", "Seoul, South Korea", ExperienceLevel.Junior),
        new("Samuel Okoye", "samuel-okoye", "Cloud architect, Azure and F#", "Nairobi, Kenya", ExperienceLevel.Lead),
        new("Julia Svensson", "julia-svensson", "Dart and Flutter apps for local communities", "Gothenburg, Sweden", ExperienceLevel.Intermediate),
        new("Rafael Costa", "rafael-costa", "Junior data analyst, SQL and R, wants a team project", "Lisbon, Portugal", ExperienceLevel.Junior),
    ];
}
