using DevConnect.Domain.Projects;

namespace DevConnect.Domain.Seeding;

/// <summary>The demo projects: a believable mix of languages, sizes, statuses and levels.</summary>
internal static class DemoProjects
{
    /// <summary>Roles are "name" or "name*" (junior friendly).</summary>
    internal sealed record Entry(
        string Name, string Summary, string Owner, string[] Tags, ProjectStatus Status, Commitment Commitment,
        bool JuniorFriendly, string[] Roles, string? GitHub = null);

    private const ProjectStatus Idea = ProjectStatus.Idea;
    private const ProjectStatus Recruiting = ProjectStatus.Recruiting;
    private const ProjectStatus InProgress = ProjectStatus.InProgress;
    private const ProjectStatus Completed = ProjectStatus.Completed;
    private const Commitment Short = Commitment.ShortTerm;
    private const Commitment Long = Commitment.LongTerm;

    internal static readonly Entry[] All =
    [
        new("Tide Tables", "Offline tide predictions for sailors and kayakers", "mei-tanaka", ["rust", "wasm", "svelte"], Recruiting, Long, true, ["frontend*", "backend", "design*"], "sea-tools/tide-tables"),
        new("Open Pantry", "Food bank stock and volunteer scheduling for small associations", "ada", ["csharp", "blazor", "postgresql"], Recruiting, Long, true, ["backend*", "frontend*", "testing*"], "open-pantry/open-pantry"),
        new("Gopher Relay", "A tiny self-hosted webhook relay with retries and a dashboard", "noah-schmidt", ["go", "htmx", "sqlite"], InProgress, Short, false, ["backend", "devops"], "gopher-relay/relay"),
        new("StudyBuddy", "Pair juniors for weekly code katas with a mentor on call", "omar-haddad", ["kotlin", "android", "firebase"], Recruiting, Long, true, ["mobile*", "design*", "community*"]),
        new("Plant Pal", "Remind me to water my plants, with photos of their progress", "lucas-martin", ["typescript", "react", "node"], Recruiting, Short, true, ["frontend*", "backend*"], "plantpal/plantpal"),
        new("Roguelike Co-op", "A two-player dungeon crawler with procedural caves", "mateo-garcia", ["cpp", "godot", "gdscript"], InProgress, Long, true, ["gameplay*", "art", "sound"], "coop-rogue/caves"),
        new("Kafka Lens", "Browse topics, replay messages and diff schemas in the browser", "ingrid-larsen", ["scala", "kafka", "typescript"], Recruiting, Long, false, ["backend", "frontend"]),
        new("LiveView Kanban", "A real-time kanban board for small teams, no JavaScript build step", "jonas-berg", ["elixir", "phoenix", "postgresql"], InProgress, Long, true, ["backend*", "design", "docs*"], "liveview-kanban/board"),
        new("Shelter Match", "Match rescue animals with foster families nearby", "gabriel-silva", ["php", "laravel", "vue"], Recruiting, Long, true, ["backend*", "frontend*", "design*"]),
        new("Threat Model Cards", "A deck of printable cards to run threat modelling workshops", "lena-novak", ["go", "markdown", "security"], Idea, Short, true, ["docs*", "design*", "backend"]),
        new("Bike Lanes Map", "Crowd-sourced map of safe bike lanes and broken ones", "julia-svensson", ["dart", "flutter", "openstreetmap"], Recruiting, Long, true, ["mobile*", "backend", "data*"]),
        new("Accessible Forms Kit", "Blazor form components that pass WCAG 2.2 AA out of the box", "priya-raman", ["csharp", "blazor", "accessibility"], InProgress, Long, true, ["frontend*", "testing*", "docs*"], "a11y-forms/kit"),
        new("Receipt Scanner", "Scan paper receipts into a shared household budget", "sofia-rossi", ["python", "fastapi", "ocr"], Recruiting, Short, false, ["backend", "mobile", "data"]),
        new("Zig Shell", "A small, fast POSIX-ish shell to learn how shells really work", "tomasz-kowalski", ["zig", "systems"], Recruiting, Long, true, ["systems*", "testing*", "docs*"], "zigsh/zigsh"),
        new("Type-Level Puzzles", "Exercises that teach the type system by solving puzzles", "diego-fernandez", ["haskell", "typescript"], Idea, Short, true, ["content*", "frontend"]),
        new("Design Tokens Sync", "Keep Figma tokens and CSS variables in sync through pull requests", "elif-yilmaz", ["typescript", "figma", "github-actions"], InProgress, Long, false, ["frontend", "devops"]),
        new("Community Radio", "Schedule shows and stream a neighbourhood radio station", "kwame-mensah", ["javascript", "node", "webrtc"], Recruiting, Long, true, ["backend*", "frontend*", "community*"]),
        new("Docs Linter", "A linter for Markdown docs: broken links, heading order, tone", "hannah-cohen", ["ruby", "markdown"], Recruiting, Short, true, ["backend*", "docs*"], "docs-linter/docs-lint"),
        new("Rails Recipe Book", "Family recipes with scaling, shopping lists and print views", "grace-kim", ["ruby", "rails", "hotwire"], Recruiting, Short, true, ["backend*", "frontend*", "design*"]),
        new("Edge Inference", "Run small vision models on a Raspberry Pi with Rust bindings", "yuki-sato", ["rust", "python", "pytorch"], InProgress, Long, false, ["ml", "systems"]),
        new("Multiplatform Notes", "One notes app for Android, iOS and desktop with Kotlin Multiplatform", "arjun-patel", ["kotlin", "kotlin-multiplatform", "compose"], Recruiting, Long, true, ["mobile*", "design", "testing*"]),
        new("Playwright Recipes", "Copy-paste end-to-end testing recipes with explanations", "camille-laurent", ["typescript", "playwright", "testing"], Recruiting, Short, true, ["testing*", "docs*"], "pw-recipes/recipes"),
        new("Azure Cost Coach", "Explain a cloud bill in plain words and suggest savings", "samuel-okoye", ["fsharp", "azure", "csharp"], Idea, Long, false, ["backend", "data", "design"]),
        new("Open Data Dashboards", "Dashboards for city open data, built in R and Shiny", "rafael-costa", ["r", "shiny", "sql"], Recruiting, Short, true, ["data*", "frontend*"]),
        new("Chess Club Tracker", "Ratings, pairings and tournaments for a local chess club", "ethan-walker", ["python", "django", "htmx"], Recruiting, Long, true, ["backend*", "frontend*"], "chessclub/tracker"),
        new("Svelte Portfolio Kit", "A portfolio template juniors can fork and make their own", "fatima-zahra", ["svelte", "css", "typescript"], Completed, Short, true, ["frontend*", "design*"], "svelte-folio/kit"),
        new("Spring Library", "Lending library for a university department", "amara-diallo", ["java", "spring-boot", "postgresql"], Recruiting, Long, true, ["backend*", "frontend*", "testing*"]),
        new("Go Link Shortener", "A link shortener with QR codes and click stats", "chloe-dubois", ["go", "redis"], InProgress, Short, true, ["backend*", "frontend*"], "golinks/golinks"),
        new("Swift Trail Logger", "Log hiking trails offline and share them as GPX", "omar-haddad", ["swift", "swiftui", "mapkit"], Recruiting, Long, false, ["mobile", "design"]),
        new("Compiler Course Companion", "A toy compiler written chapter by chapter, with exercises", "tomasz-kowalski", ["c", "compilers", "llvm"], InProgress, Long, true, ["systems*", "docs*"], "toy-compiler/book"),
        new("Neighbourhood Tool Library", "Lend drills and ladders to your neighbours", "ada", ["csharp", "aspnet-core", "react"], Recruiting, Long, true, ["backend*", "frontend*", "community*"]),
        new("Quiet Hours Bot", "A Slack and Discord bot that guards team focus time", "noah-schmidt", ["go", "bots"], Completed, Short, false, ["backend"], "quiet-hours/bot"),
        new("Pixel Art Editor", "A collaborative pixel art editor that runs in the browser", "mateo-garcia", ["typescript", "canvas", "websockets"], Recruiting, Short, true, ["frontend*", "backend", "design*"]),
        new("Climate Data Notebooks", "Reproducible notebooks on local climate data for schools", "sofia-rossi", ["python", "jupyter", "pandas"], Recruiting, Long, true, ["data*", "docs*", "community*"]),
        new("Event Sourcing Lab", "Learn event sourcing by building a small bank, step by step", "samuel-okoye", ["csharp", "event-sourcing", "postgresql"], InProgress, Long, true, ["backend*", "docs*"], "es-lab/bank"),
        new("Recipe Parser", "Turn recipe web pages into structured, scalable recipes", "ethan-walker", ["python", "nlp"], Idea, Short, true, ["backend*", "data*"]),
        new("Mastodon Digest", "A weekly email digest of the best posts from people you follow", "jonas-berg", ["elixir", "activitypub"], Recruiting, Short, false, ["backend", "design"]),
        new("Habit Garden", "Grow a virtual garden by keeping your habits", "lucas-martin", ["dart", "flutter"], Recruiting, Short, true, ["mobile*", "design*", "backend*"]),
        new("Kubernetes Playground", "Break and fix clusters safely: guided failure labs", "noah-schmidt", ["go", "kubernetes", "terraform"], Recruiting, Long, true, ["devops*", "docs*"], "k8s-playground/labs"),
        new("Sign Language Quiz", "Learn the first 300 signs with spaced repetition", "julia-svensson", ["typescript", "react-native"], Idea, Long, true, ["mobile*", "design*", "content*"]),
        new("Open Source Onboarding", "A guided tour of a codebase generated from its structure", "priya-raman", ["typescript", "tree-sitter", "node"], Recruiting, Long, true, ["frontend*", "backend", "docs*"]),
        new("Scala Job Scheduler", "A cron-like scheduler with retries and a web console", "ingrid-larsen", ["scala", "cats-effect"], InProgress, Long, false, ["backend"]),
        new("Language Exchange Match", "Pair people who want to practise each other's language", "fatima-zahra", ["php", "symfony", "vue"], Recruiting, Long, true, ["backend*", "frontend*", "community*"]),
        new("Budget Split", "Split trip costs fairly, offline first", "chloe-dubois", ["kotlin", "android"], Completed, Short, true, ["mobile*"], "budget-split/app"),
        new("Static Site Search", "Client-side search for static sites, built with Rust and WebAssembly", "mei-tanaka", ["rust", "wasm", "javascript"], Recruiting, Short, false, ["systems", "frontend"]),
        new("Volunteer Hours", "Track and certify volunteer hours for NGOs", "gabriel-silva", ["php", "laravel"], InProgress, Long, true, ["backend*", "design*", "testing*"]),
        new("Latency Lab", "Measure and visualise API latency from many regions", "lena-novak", ["go", "prometheus", "grafana"], Idea, Short, false, ["backend", "devops"]),
        new("Screen Reader Playground", "Try pages with a simulated screen reader and learn ARIA", "priya-raman", ["javascript", "accessibility"], Recruiting, Short, true, ["frontend*", "docs*"]),
        new("Farm Share", "Weekly vegetable boxes from local farms, ordered online", "amara-diallo", ["java", "quarkus", "react"], Recruiting, Long, true, ["backend*", "frontend*"]),
        new("Type-Safe SQL Builder", "A small F# SQL builder with compile-time checks", "diego-fernandez", ["fsharp", "sql"], InProgress, Long, false, ["backend", "docs"], "fsql/fsql"),
        new("Kids Coding Club", "Lesson plans and mini projects for a weekend coding club", "hannah-cohen", ["python", "scratch", "education"], Recruiting, Long, true, ["content*", "community*"]),
        new("Open Transit Alerts", "Push notifications when your bus line has a disruption", "kwame-mensah", ["typescript", "node", "gtfs"], Recruiting, Short, true, ["backend*", "mobile"]),
        new("Game Jam Starter", "A Godot starter kit for 48-hour game jams", "mateo-garcia", ["gdscript", "godot"], Completed, Short, true, ["gameplay*", "art*"], "jam-starter/godot"),
        new("Postgres Query Coach", "Explain slow queries and suggest indexes, in plain words", "ada", ["csharp", "postgresql", "sql"], Idea, Long, false, ["backend", "data"]),
        new("Dotfiles Doctor", "Lint and explain your shell configuration", "tomasz-kowalski", ["shell", "rust"], Recruiting, Short, true, ["systems*", "docs*"]),
        new("Ruby Mentor Matcher", "Match Ruby learners with mentors by timezone and goals", "grace-kim", ["ruby", "rails"], Recruiting, Long, true, ["backend*", "design*", "community*"]),
        new("iOS Meditation Timer", "A calm, ad-free meditation timer with Apple Health sync", "omar-haddad", ["swift", "swiftui"], Completed, Short, false, ["mobile"], "calm-timer/ios"),
        new("Data Pipelines 101", "A hands-on course: build a pipeline from CSV to dashboard", "sofia-rossi", ["python", "airflow", "dbt", "sql"], InProgress, Long, true, ["data*", "docs*"]),
        new("Open Hardware Logger", "Firmware and dashboard for a DIY air quality sensor", "yuki-sato", ["c", "cpp", "python"], Recruiting, Long, false, ["embedded", "frontend", "data"]),
        new("Cobol Bridge", "Wrap legacy COBOL batch jobs behind a modern REST API", "samuel-okoye", ["cobol", "java"], Idea, Long, false, ["backend", "docs"]),
        new("Career Changer Handbook", "A free handbook for people moving into software", "camille-laurent", ["markdown", "docs", "community"], Recruiting, Long, true, ["content*", "design*", "community*"], "career-handbook/handbook"),
    ];
}
