// The expansion of `STRING` in macros/src/tests/pinned.rs.
// Written by `CODETABLE_BLESS=1 cargo test -p codetable-macros pinned`; review, don't edit.

/// A few SQLSTATE codes.
/**

A table of 2 codes with string values, declared with `codetable::define_codes!`. Codes order by value. Convert with `from_value`, `from_name`, `parse` and `TryFrom`; read with `name`, `value`, `description` and `details`. `{}` prints `NAME (value): description` and `{:#}` puts the table's name in front. Casting a code with `as` gives its position in the table: the value is `value()`.*/
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
#[allow(
    non_camel_case_types,
    clippy::upper_case_acronyms,
    clippy::enum_variant_names,
    clippy::doc_markdown,
    clippy::enum_clike_unportable_variant
)]
#[repr(u8)]
pub enum SqlState {
    ///`"23505"`: unique\_violation
    UNIQUE_VIOLATION,
    ///`"42P01"`: undefined\_table
    UNDEFINED_TABLE,
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::PartialOrd for SqlState {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::Ord for SqlState {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&Self::value(*self), &Self::value(*other))
    }
}
#[automatically_derived]
#[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
impl ::codetable::__private::Layout for SqlState {
    const DESCRIPTOR: &'static ::codetable::__private::Descriptor = &::codetable::__private::Descriptor::of::<
        Self,
    >("SqlState", Self::LANGS, &[], ::codetable::__private::Form::Value)
        .shape(::codetable::StringShape {
            len: ::core::option::Option::Some(5usize),
            max_len: ::core::option::Option::None,
            chars: ::core::option::Option::Some("0-9A-Z"),
        })
        .urls(
            "https://example.com/sqlstate/{value}#{anchor}",
            {
                static ARRAY: [&::core::primitive::str; 2usize] = [
                    "https://example.com/sqlstate/23505#sqlstate-unique_violation",
                    "https://example.com/sqlstate/42P01#sqlstate-undefined_table",
                ];
                &ARRAY
            },
        );
    #[inline]
    fn position(self) -> ::core::primitive::usize {
        (self as ::core::primitive::usize)
    }
    const DATA: ::codetable::__private::Data<'static> = ::codetable::__private::Data {
        count: 2usize,
        langs: 1usize,
        names: {
            static ARRAY: [&::core::primitive::str; 3usize] = [
                "UNIQUE_VIOLATION",
                "UNDEFINED_TABLE",
                "NO_SUCH_TABLE",
            ];
            &ARRAY
        },
        alias_of: b"\x01\0",
        descriptions: {
            static ARRAY: [&::core::primitive::str; 2usize] = [
                "unique_violation",
                "undefined_table",
            ];
            &ARRAY
        },
        details: &[],
        flags: b"\x02\x02",
        positions: ::codetable::__private::Index::Offset {
            min: 0u64,
            len: 2usize,
        },
        by_name: ::codetable::__private::Names::Lengths {
            starts: b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\x01\x02\x03",
            keys: b"\x02\x01\0",
        },
        strings: {
            static ARRAY: [&::core::primitive::str; 2usize] = ["23505", "42P01"];
            &ARRAY
        },
        by_string: ::codetable::__private::Names::Lengths {
            starts: b"\0\0\0\0\0\0\x02",
            keys: b"\0\x01",
        },
    };
}
#[allow(deprecated)]
impl SqlState {
    /// Every code of the table, in declaration order (not aliases: see
    /// [`Self::ALIASES`]).
    #[must_use]
    #[inline]
    pub const fn all() -> &'static [Self] {
        /// The proof that `all()` is sound, checked by rustc whatever attributes or
        /// other macros did to the enum:
        ///
        /// 1. Each element is a code's bytes: the array is every variant, named
        ///    (a variant removed or renamed is a compile error), transmuted to
        ///    integers of the same size (a `transmute` of another size does not
        ///    compile). Evaluating this static rejects uninitialized bytes, so no
        ///    element was padding.
        /// 2. `[Self; N]` and this array have the same layout: the `const`
        ///    assertion below checks the size and the alignment of `Self` against
        ///    the integer's.
        ///
        /// So the array read as `[Self; N]` holds `N` valid codes.
        static __CODES_ARE_DISCRIMINANTS: [::core::primitive::u8; 2usize] = unsafe {
            ::core::mem::transmute::<
                [SqlState; 2usize],
                [::core::primitive::u8; 2usize],
            >([SqlState::UNIQUE_VIOLATION, SqlState::UNDEFINED_TABLE])
        };
        const {
            ::core::assert!(
                ::core::mem::size_of:: < SqlState > () == ::core::mem::size_of:: <
                ::core::primitive::u8 > () && ::core::mem::align_of:: < SqlState > () ==
                ::core::mem::align_of:: < ::core::primitive::u8 > (),
                "a code table's enum must have the size and alignment of its `#[repr]`",
            );
        }
        unsafe {
            &*::core::ptr::from_ref(&__CODES_ARE_DISCRIMINANTS).cast::<[Self; 2usize]>()
        }
    }
    /// How many codes the table has (aliases not counted).
    pub const COUNT: ::core::primitive::usize = 2usize;
    ///The languages of the descriptions: en. The first is the default.
    pub const LANGS: &'static [&'static ::core::primitive::str] = &["en"];
}
#[allow(deprecated, non_upper_case_globals)]
impl SqlState {
    /**Alias of [`UNDEFINED_TABLE`](Self::UNDEFINED_TABLE).

*/
    ///
    /// errcodes.txt gives 42P01 a second name.
    pub const NO_SUCH_TABLE: Self = SqlState::UNDEFINED_TABLE;
    /// The table's aliases: other names of its codes, in declaration order.
    pub const ALIASES: &'static [::codetable::Alias<Self>] = &[
        ::codetable::Alias::__new(
            "NO_SUCH_TABLE",
            SqlState::UNDEFINED_TABLE,
            &[],
            "errcodes.txt gives 42P01 a second name.",
            false,
        ),
    ];
}
#[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
impl SqlState {
    /// The code's name, as declared.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static ::core::primitive::str {
        <Self as ::codetable::__private::Layout>::DATA
            .names[(self as ::core::primitive::usize)]
    }
    ///The code's value, a `&'static str`.
    #[must_use]
    #[inline]
    pub const fn value(self) -> &'static ::core::primitive::str {
        <Self as ::codetable::__private::Layout>::DATA
            .strings[(self as ::core::primitive::usize)]
    }
    /// The description in the default language.
    #[must_use]
    #[inline]
    pub const fn description(self) -> &'static ::core::primitive::str {
        <Self as ::codetable::__private::Layout>::DATA
            .descriptions[(self as ::core::primitive::usize)
            * <Self as ::codetable::__private::Layout>::DATA.langs]
    }
    /// The description in `lang`, one of [`Self::LANGS`]; `None` for another language.
    #[must_use]
    #[inline]
    pub fn description_in(
        self,
        lang: &::core::primitive::str,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        let at = ::codetable::__private::lang_index(Self::LANGS, lang)?;
        <Self as ::codetable::__private::Layout>::DATA
            .descriptions
            .get(
                (self as ::core::primitive::usize)
                    * <Self as ::codetable::__private::Layout>::DATA.langs + at,
            )
            .copied()
    }
    /// The longer explanation written as the entry's doc comment, if any.
    #[must_use]
    #[inline]
    pub const fn details(
        self,
    ) -> ::core::option::Option<&'static ::core::primitive::str> {
        <Self as ::codetable::__private::Layout>::DATA
            .details_of((self as ::core::primitive::usize))
    }
    /// Whether the code is marked `#[deprecated]`.
    #[must_use]
    #[inline]
    pub const fn is_deprecated(self) -> ::core::primitive::bool {
        <Self as ::codetable::__private::Layout>::DATA
            .flags[(self as ::core::primitive::usize)] & 1u8 != 0
    }
}
#[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
impl SqlState {
    /// The code with this value.
    #[must_use]
    #[inline]
    pub const fn from_value(
        value: &::core::primitive::str,
    ) -> ::core::option::Option<Self> {
        match <Self as ::codetable::__private::Layout>::DATA.position_of_string(value) {
            ::core::option::Option::Some(at) => {
                ::core::option::Option::Some(Self::all()[at])
            }
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The code with exactly this name, or the one an alias of this name stands for.
    #[must_use]
    #[inline]
    pub const fn from_name(
        name: &::core::primitive::str,
    ) -> ::core::option::Option<Self> {
        let bytes = name.as_bytes();
        match bytes.len() {
            13usize => {
                if ::codetable::__private::same_name(bytes, b"NO_SUCH_TABLE", false) {
                    return ::core::option::Option::Some(SqlState::UNDEFINED_TABLE);
                }
                ::core::option::Option::None
            }
            15usize => {
                if ::codetable::__private::same_name(bytes, b"UNDEFINED_TABLE", false) {
                    return ::core::option::Option::Some(SqlState::UNDEFINED_TABLE);
                }
                ::core::option::Option::None
            }
            16usize => {
                if ::codetable::__private::same_name(bytes, b"UNIQUE_VIOLATION", false) {
                    return ::core::option::Option::Some(SqlState::UNIQUE_VIOLATION);
                }
                ::core::option::Option::None
            }
            _ => ::core::option::Option::None,
        }
    }
    /// The code with this name ignoring ASCII case, or the one an alias of this
    /// name stands for. No two names of a table are equal ignoring ASCII case.
    #[must_use]
    #[inline]
    pub const fn from_name_ignore_ascii_case(
        name: &::core::primitive::str,
    ) -> ::core::option::Option<Self> {
        let bytes = name.as_bytes();
        match bytes.len() {
            13usize => {
                if ::codetable::__private::same_name(bytes, b"NO_SUCH_TABLE", true) {
                    return ::core::option::Option::Some(SqlState::UNDEFINED_TABLE);
                }
                ::core::option::Option::None
            }
            15usize => {
                if ::codetable::__private::same_name(bytes, b"UNDEFINED_TABLE", true) {
                    return ::core::option::Option::Some(SqlState::UNDEFINED_TABLE);
                }
                ::core::option::Option::None
            }
            16usize => {
                if ::codetable::__private::same_name(bytes, b"UNIQUE_VIOLATION", true) {
                    return ::core::option::Option::Some(SqlState::UNIQUE_VIOLATION);
                }
                ::core::option::Option::None
            }
            _ => ::core::option::Option::None,
        }
    }
    /// The code with this value, or the value as `Open::Unknown` when the table
    /// does not know it (never for a value it knows).
    #[must_use]
    #[inline]
    pub const fn decode(value: &::core::primitive::str) -> ::codetable::Open<Self> {
        match Self::from_value(value) {
            ::core::option::Option::Some(code) => ::codetable::Open::Known(code),
            ::core::option::Option::None => {
                ::codetable::__private::unknown::<
                    Self,
                >(::codetable::InlineStr::new(value))
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::codetable::Code for SqlState {
    type Value = &'static ::core::primitive::str;
    type Raw = ::codetable::InlineStr<5usize>;
    const ALIASES: &'static [::codetable::Alias<Self>] = Self::ALIASES;
    #[inline]
    fn all() -> &'static [Self] {
        SqlState::all()
    }
    #[inline]
    fn value(self) -> ::core::option::Option<&'static ::core::primitive::str> {
        ::core::option::Option::Some(Self::value(self))
    }
    #[inline]
    fn from_value(
        value: &'static ::core::primitive::str,
    ) -> ::core::option::Option<Self> {
        SqlState::from_value(value)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Debug for SqlState {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::codetable::__private::fmt_debug(*self, f)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for SqlState {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::codetable::__private::fmt_display(*self, f)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for SqlState {}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::str::FromStr for SqlState {
    type Err = ::codetable::UnknownName;
    #[inline]
    fn from_str(
        text: &::core::primitive::str,
    ) -> ::core::result::Result<Self, ::codetable::UnknownName> {
        if let ::core::option::Option::Some(code) = Self::from_name(text) {
            return ::core::result::Result::Ok(code);
        }
        match ::codetable::__private::position_of_text(
            &<Self as ::codetable::__private::Layout>::DATA,
            "SqlState",
            <&'static ::core::primitive::str as ::codetable::CodeValue>::TYPE_NAME,
            text,
        ) {
            ::core::result::Result::Ok(at) => ::core::result::Result::Ok(Self::all()[at]),
            ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for SqlState {
    type Error = ::codetable::UnknownValue<::codetable::InlineStr<5usize>>;
    #[inline]
    fn try_from(
        value: &'a ::core::primitive::str,
    ) -> ::core::result::Result<
        Self,
        ::codetable::UnknownValue<::codetable::InlineStr<5usize>>,
    > {
        match Self::from_value(value) {
            ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::codetable::UnknownValue::of::<
                        Self,
                    >(::codetable::InlineStr::new(value)),
                )
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::codetable::Open<SqlState>> for SqlState {
    type Error = ::codetable::UnknownValue<::codetable::InlineStr<5usize>>;
    #[inline]
    fn try_from(
        code: ::codetable::Open<Self>,
    ) -> ::core::result::Result<
        Self,
        ::codetable::UnknownValue<::codetable::InlineStr<5usize>>,
    > {
        match code {
            ::codetable::Open::Known(code) => ::core::result::Result::Ok(code),
            ::codetable::Open::Unknown(unknown) => {
                ::core::result::Result::Err(
                    ::codetable::UnknownValue::of::<Self>(unknown.value()),
                )
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<SqlState> for &'static ::core::primitive::str {
    #[inline]
    fn from(code: SqlState) -> Self {
        SqlState::value(code)
    }
}
::codetable::__private::serde_impls!(SqlState, value);
#[allow(deprecated)]
impl SqlState {
    /// The address of the code's documentation: `https://example.com/sqlstate/{value}#{anchor}` with the code's name, value and anchor. A `const fn`: the URL is written at compile time.
    #[must_use]
    #[inline]
    pub const fn url(self) -> &'static ::core::primitive::str {
        let urls = const {
            <Self as ::codetable::__private::Layout>::DESCRIPTOR.url_list()
        };
        urls[(self as ::core::primitive::usize)]
    }
}
