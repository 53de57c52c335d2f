//! Towns beyond the region, as its partners sign ("Aberdeen", "Tórshavn", "Reykjavík"): the
//! British Isles, the Faroe Islands, Iceland.

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
        ],
    ),
    ("FO", &["Tórshavn", "Klaksvík"]),
    ("IS", &["Reykjavík", "Akureyri"]),
];
