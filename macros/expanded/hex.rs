// The expansion of `HEX` in macros/src/tests/pinned.rs.
// Written by `CODETABLE_BLESS=1 cargo test -p codetable-macros pinned`; review, don't edit.

/// Two HRESULTs.
/**

A table of 2 codes with values of type `i32`, declared with `codetable::define_codes!`. The enum is `#[repr(i32)]` and each code's discriminant is its value: `code as i32` is the value, and codes order by value. Convert with `from_value`, `from_name`, `parse` and `TryFrom`; read with `name`, `value`, `description` and `details`. `{}` prints `NAME (value): description` and `{:#}` puts the table's name in front.*/
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
#[repr(i32)]
pub enum HResult {
    ///`0x00000000`: Done.
    S_OK = 0,
    ///`0x8000_4005_u32 as i32` = `0x80004005`: Unspecified failure.
    E_FAIL = -2147467259,
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::PartialOrd for HResult {
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
impl ::core::cmp::Ord for HResult {
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(
            &(*self as ::core::primitive::i32),
            &(*other as ::core::primitive::i32),
        )
    }
}
#[automatically_derived]
#[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
impl ::codetable::__private::Layout for HResult {
    const DESCRIPTOR: &'static ::codetable::__private::Descriptor = &::codetable::__private::Descriptor::of::<
        Self,
    >("HResult", Self::LANGS, &[], ::codetable::__private::Form::Value)
        .hex()
        .expressions({
            static ARRAY: [(
                ::core::primitive::usize,
                &::core::primitive::str,
            ); 1usize] = [(1usize, "0x8000_4005_u32 as i32")];
            &ARRAY
        });
    #[inline]
    fn position(self) -> ::core::primitive::usize {
        <Self as ::codetable::__private::Layout>::DATA
            .position(
                ((self as ::core::primitive::i32) as ::core::primitive::i64
                    as ::core::primitive::u64),
            )
    }
    const DATA: ::codetable::__private::Data<'static> = ::codetable::__private::Data {
        count: 2usize,
        langs: 1usize,
        names: {
            static ARRAY: [&::core::primitive::str; 2usize] = ["S_OK", "E_FAIL"];
            &ARRAY
        },
        alias_of: b"",
        descriptions: {
            static ARRAY: [&::core::primitive::str; 2usize] = [
                "Done.",
                "Unspecified failure.",
            ];
            &ARRAY
        },
        details: &[],
        flags: b"\x02\x02",
        positions: ::codetable::__private::Index::Hashed {
            seed: 0u64,
            shift: 61u32,
            mask: 7usize,
            records: b"\0\0\0\0\0\0\0\0\0\0\x05@\0\x80\xFF\xFF\xFF\xFF\x01\0\0\0\0\0\0\0\0\0\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF",
            wide: false,
        },
        by_name: ::codetable::__private::Names::Lengths {
            starts: b"\0\0\0\0\0\x01\x01\x02",
            keys: b"\0\x01",
        },
        strings: {
            static ARRAY: [&::core::primitive::str; 0usize] = [];
            &ARRAY
        },
        by_string: ::codetable::__private::Names::Lengths {
            starts: b"\0\0",
            keys: b"",
        },
    };
}
#[allow(deprecated)]
impl HResult {
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
        static __CODES_ARE_DISCRIMINANTS: [::core::primitive::i32; 2usize] = unsafe {
            ::core::mem::transmute::<
                [HResult; 2usize],
                [::core::primitive::i32; 2usize],
            >([HResult::S_OK, HResult::E_FAIL])
        };
        const {
            ::core::assert!(
                ::core::mem::size_of:: < HResult > () == ::core::mem::size_of:: <
                ::core::primitive::i32 > () && ::core::mem::align_of:: < HResult > () ==
                ::core::mem::align_of:: < ::core::primitive::i32 > (),
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
impl HResult {
    /// The table's aliases: other names of its codes, in declaration order.
    pub const ALIASES: &'static [::codetable::Alias<Self>] = &[];
}
#[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
impl HResult {
    /// The code's name, as declared.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static ::core::primitive::str {
        <Self as ::codetable::__private::Layout>::DATA
            .names[<Self as ::codetable::__private::Layout>::DATA
            .position(
                ((self as ::core::primitive::i32) as ::core::primitive::i64
                    as ::core::primitive::u64),
            )]
    }
    ///The code's value, a `i32`: its discriminant.
    #[must_use]
    #[inline]
    pub const fn value(self) -> ::core::primitive::i32 {
        self as ::core::primitive::i32
    }
    /// The description in the default language.
    #[must_use]
    #[inline]
    pub const fn description(self) -> &'static ::core::primitive::str {
        <Self as ::codetable::__private::Layout>::DATA
            .descriptions[<Self as ::codetable::__private::Layout>::DATA
            .position(
                ((self as ::core::primitive::i32) as ::core::primitive::i64
                    as ::core::primitive::u64),
            ) * <Self as ::codetable::__private::Layout>::DATA.langs]
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
                <Self as ::codetable::__private::Layout>::DATA
                    .position(
                        ((self as ::core::primitive::i32) as ::core::primitive::i64
                            as ::core::primitive::u64),
                    ) * <Self as ::codetable::__private::Layout>::DATA.langs + at,
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
            .details_of(
                <Self as ::codetable::__private::Layout>::DATA
                    .position(
                        ((self as ::core::primitive::i32) as ::core::primitive::i64
                            as ::core::primitive::u64),
                    ),
            )
    }
    /// Whether the code is marked `#[deprecated]`.
    #[must_use]
    #[inline]
    pub const fn is_deprecated(self) -> ::core::primitive::bool {
        <Self as ::codetable::__private::Layout>::DATA
            .flags[<Self as ::codetable::__private::Layout>::DATA
            .position(
                ((self as ::core::primitive::i32) as ::core::primitive::i64
                    as ::core::primitive::u64),
            )] & 1u8 != 0
    }
}
#[allow(deprecated, clippy::cast_sign_loss, clippy::cast_possible_wrap)]
impl HResult {
    /// The code with this value.
    #[must_use]
    #[inline]
    pub const fn from_value(
        value: ::core::primitive::i32,
    ) -> ::core::option::Option<Self> {
        match <Self as ::codetable::__private::Layout>::DATA
            .positions
            .find((value as ::core::primitive::i64 as ::core::primitive::u64))
        {
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
            4usize => {
                if ::codetable::__private::same_name(bytes, b"S_OK", false) {
                    return ::core::option::Option::Some(HResult::S_OK);
                }
                ::core::option::Option::None
            }
            6usize => {
                if ::codetable::__private::same_name(bytes, b"E_FAIL", false) {
                    return ::core::option::Option::Some(HResult::E_FAIL);
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
            4usize => {
                if ::codetable::__private::same_name(bytes, b"S_OK", true) {
                    return ::core::option::Option::Some(HResult::S_OK);
                }
                ::core::option::Option::None
            }
            6usize => {
                if ::codetable::__private::same_name(bytes, b"E_FAIL", true) {
                    return ::core::option::Option::Some(HResult::E_FAIL);
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
    pub const fn decode(value: ::core::primitive::i32) -> ::codetable::Open<Self> {
        match Self::from_value(value) {
            ::core::option::Option::Some(code) => ::codetable::Open::Known(code),
            ::core::option::Option::None => {
                ::codetable::__private::unknown::<Self>(value)
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::codetable::Code for HResult {
    type Value = ::core::primitive::i32;
    type Raw = ::core::primitive::i32;
    const ALIASES: &'static [::codetable::Alias<Self>] = Self::ALIASES;
    #[inline]
    fn all() -> &'static [Self] {
        HResult::all()
    }
    #[inline]
    fn value(self) -> ::core::option::Option<::core::primitive::i32> {
        ::core::option::Option::Some(Self::value(self))
    }
    #[inline]
    fn from_value(value: ::core::primitive::i32) -> ::core::option::Option<Self> {
        HResult::from_value(value)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Debug for HResult {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::codetable::__private::fmt_debug(*self, f)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for HResult {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::codetable::__private::fmt_display(*self, f)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for HResult {}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::str::FromStr for HResult {
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
            "HResult",
            <::core::primitive::i32 as ::codetable::CodeValue>::TYPE_NAME,
            text,
        ) {
            ::core::result::Result::Ok(at) => ::core::result::Result::Ok(Self::all()[at]),
            ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::core::primitive::i32> for HResult {
    type Error = ::codetable::UnknownValue<::core::primitive::i32>;
    #[inline]
    fn try_from(
        value: ::core::primitive::i32,
    ) -> ::core::result::Result<
        Self,
        ::codetable::UnknownValue<::core::primitive::i32>,
    > {
        match Self::from_value(value) {
            ::core::option::Option::Some(code) => ::core::result::Result::Ok(code),
            ::core::option::Option::None => {
                ::core::result::Result::Err(::codetable::UnknownValue::of::<Self>(value))
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::codetable::Open<HResult>> for HResult {
    type Error = ::codetable::UnknownValue<::core::primitive::i32>;
    #[inline]
    fn try_from(
        code: ::codetable::Open<Self>,
    ) -> ::core::result::Result<
        Self,
        ::codetable::UnknownValue<::core::primitive::i32>,
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
impl ::core::convert::From<HResult> for ::core::primitive::i32 {
    #[inline]
    fn from(code: HResult) -> Self {
        HResult::value(code)
    }
}
::codetable::__private::serde_impls!(HResult, value);
