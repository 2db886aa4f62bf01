//! Tables whose enum a macro of the user's rewrote behind `define_codes!`'s back, in ways
//! that still compile: the generated code must stay sound (these run under Miri in CI),
//! even where the lookups' answers no longer match what the table declared. The rewrites
//! that would make `all()` or `from_value` unsound fail to compile instead
//! (`ui/fail/hostile_*`).

codetable::define_codes! {
    /// Renumbered: `B` is 3 in the enum, 2 in the table.
    #[cfg_attr(all(), codetable_hostile::replace(
        /// Renumbered.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Renumbered { A = 1, B = 3 }
    ))]
    pub enum Renumbered: u8 {
        A = 1 => "A.",
        B = 2 => "B.",
    }

    /// A variant added that the table does not know.
    #[cfg_attr(all(), codetable_hostile::replace(
        /// Added to.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(i16)]
        pub enum AddedTo { A = -1, B = 2, C = 300 }
    ))]
    pub enum AddedTo: i16 {
        A = -1 => "A.",
        B = 2 => "B.",
    }

    /// A string table whose positions (its discriminants) were swapped.
    #[cfg_attr(all(), codetable_hostile::replace(
        /// Swapped.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Swapped { B = 0, A = 1 }
    ))]
    pub enum Swapped: str {
        A = "a" => "A.",
        B = "b" => "B.",
    }
}

/// `all()` holds the enum's own variants, whatever the table said, and every lookup gives
/// one of them or nothing.
#[test]
fn renumbered_codes_are_the_enums_own() {
    assert_eq!(Renumbered::all(), [Renumbered::A, Renumbered::B]);
    let discriminants: Vec<u8> = Renumbered::all().iter().map(|&c| c as u8).collect();
    assert_eq!(discriminants, [1, 3]);
    for value in 0..=u8::MAX {
        if let Some(code) = Renumbered::from_value(value) {
            assert!(Renumbered::all().contains(&code), "{value}");
        }
    }
    assert_eq!(Renumbered::from_name("B"), Some(Renumbered::B));
}

#[test]
fn an_added_variant_is_not_listed() {
    assert_eq!(AddedTo::all(), [AddedTo::A, AddedTo::B]);
    assert_eq!(AddedTo::from_value(300), None);
    assert_eq!(AddedTo::from_value(-1), Some(AddedTo::A));
    for value in i16::MIN..=i16::MAX {
        if let Some(code) = AddedTo::from_value(value) {
            assert_eq!(code as i16, value);
        }
    }
}

#[test]
fn swapped_positions_stay_in_bounds() {
    assert_eq!(Swapped::all(), [Swapped::A, Swapped::B]);
    for code in Swapped::all().iter().copied() {
        // The accessors read the arrays at the enum's own discriminant: answers of the
        // table's, never a read out of bounds.
        assert!(["a", "b"].contains(&code.value()));
        assert!(["A", "B"].contains(&code.name()));
        assert!(["A.", "B."].contains(&code.description()));
    }
    for value in ["a", "b", "c", ""] {
        if let Some(code) = Swapped::from_value(value) {
            assert!(Swapped::all().contains(&code), "{value}");
        }
    }
}
