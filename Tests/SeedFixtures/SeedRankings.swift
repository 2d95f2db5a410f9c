/// Seed 000's two ranked lists, as the room counted them (point totals after dot voting).
/// Shared by the core's vote tests and the UI's ranking views, so both check the same day.
public enum SeedRankings {
    public static let risk: [(String, Int)] = [
        ("Administration /rutiner, IT", 31), ("Väntelista / orimlig arbetsmängd", 28),
        ("Mindre variationen med färre diagnoser/skolor", 25),
        ("Otydlighet om förväntningar, tillräcklighet / osäkerhets känsla", 9),
        ("Långsiktig hållbarhet kontra produktivitet", 8), ("Otillräcklig återhämtning", 7),
        ("\"Min, mitt, mina\" patienter, tunnelseende", 6), ("Stolthet/skam", 4),
    ]
    public static let health: [(String, Int)] = [
        ("Flexibilitet /påverkan /frihet", 38), ("Humor / bra klimat", 23),
        ("Gemensamma väntelistor/noden tar ansvar för patienterna/ej sitta ensam med väntelista/stöttning/team", 19),
        ("Gemenskap", 15), ("Variation – att vara på olika platser/olika diagnoser", 6),
        ("Självledarskap i att ta rast/gå hem i tid", 5), ("Tillit mellan chef och medarbetare", 5),
        ("Tydliga ramar", 3),
    ]
}
