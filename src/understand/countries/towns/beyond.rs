//! Towns beyond the region, as its partners sign ("Aberdeen", "Tórshavn", "Reykjavík"): the
//! British Isles, the Faroe Islands, Iceland. Towns named like an everyday English word
//! ("Cork", "Bath", "Reading") are left out.

/// (code, towns as written in their own language).
pub(super) const BEYOND: &[(&str, &[&str])] = &[
    (
        "GB",
        &[
            "Aberdeen",
            "Edinburgh",
            "Glasgow",
            "London",
            "Swansea",
            "Cardiff",
            "Belfast",
            "Inverness",
            "Kirkwall",
            "Lerwick",
            "Manchester",
            "Newcastle",
            "Canterbury",
            "Norwich",
            "Cambridge",
            "Oxford",
            "Bristol",
            "Leeds",
            "Liverpool",
            "Birmingham",
            "Sheffield",
            "Nottingham",
            "Southampton",
            "Plymouth",
            "Dundee",
            "Stirling",
            "Oban",
        ],
    ),
    (
        "IE",
        &[
            "Dublin",
            "Limerick",
            "Galway",
            "Waterford",
            "Kilkenny",
            "Sligo",
            "Athlone",
            "Drogheda",
            "Dundalk",
        ],
    ),
    ("FO", &["Tórshavn", "Klaksvík"]),
    ("IS", &["Reykjavík", "Akureyri"]),
];
