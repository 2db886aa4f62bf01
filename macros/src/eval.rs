//! Integer constant expressions, as C headers write values (`SQLITE_IOERR | (1 << 8)`,
//! `0x80004005_u32 as i32`): read from the tokens of an entry's value and evaluated as rustc
//! evaluates an enum discriminant of the table's type, so that the value the macro computes
//! (and places in the lookup structures) is the one the compiler would.
//!
//! The language: integer literals in any base with `_` and a suffix, names of earlier
//! entries, `T::MIN` and `T::MAX`, parentheses, unary `-` and `!`, binary `* / % + - << >>
//! & ^ |` with Rust's precedence, and `as` casts between integer types. Types follow Rust:
//! a suffix or a name fixes an operand's type, an unsuffixed literal takes the type its
//! context expects (the table's type at the top, `i32` where nothing constrains it, as in
//! a cast's operand or a shift's amount), and both sides of an arithmetic operator have one
//! type. Arithmetic that overflows, a division by zero, a shift by the width or more and a
//! literal out of its type's range are errors, as in a `const`; a cast wraps.
//!
//! A leaf module: it knows nothing of tables. [`Scope`] gives it the names it may read.

use proc_macro2::{Delimiter, Ident, Literal, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// An integer type of Rust, as a value's type or a cast's target.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ty {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl Ty {
    const ALL: [Self; 12] = [
        Self::I8,
        Self::I16,
        Self::I32,
        Self::I64,
        Self::I128,
        Self::Isize,
        Self::U8,
        Self::U16,
        Self::U32,
        Self::U64,
        Self::U128,
        Self::Usize,
    ];

    /// The type of this name (`i32`), if it is an integer type.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|ty| ty.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::I8 => "i8",
            Self::I16 => "i16",
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::I128 => "i128",
            Self::Isize => "isize",
            Self::U8 => "u8",
            Self::U16 => "u16",
            Self::U32 => "u32",
            Self::U64 => "u64",
            Self::U128 => "u128",
            Self::Usize => "usize",
        }
    }

    /// The width in bits. `isize` and `usize` are evaluated at 64 bits; the generated code
    /// checks on the target that each value fits there.
    pub fn bits(self) -> u32 {
        match self {
            Self::I8 | Self::U8 => 8,
            Self::I16 | Self::U16 => 16,
            Self::I32 | Self::U32 => 32,
            Self::I64 | Self::U64 | Self::Isize | Self::Usize => 64,
            Self::I128 | Self::U128 => 128,
        }
    }

    pub fn is_signed(self) -> bool {
        matches!(
            self,
            Self::I8 | Self::I16 | Self::I32 | Self::I64 | Self::I128 | Self::Isize
        )
    }

    pub fn min(self) -> i128 {
        if self.is_signed() {
            // -2^(bits - 1), without overflowing for i128.
            i128::MIN >> (128 - self.bits())
        } else {
            0
        }
    }

    /// The largest value; `u128`'s does not fit `i128` and is capped there (values are
    /// evaluated as `i128`: a `u128` table is not a table type).
    pub fn max(self) -> i128 {
        match (self.is_signed(), self.bits()) {
            (true, bits) => i128::MAX >> (128 - bits),
            (false, 128) => i128::MAX,
            (false, bits) => (1i128 << bits) - 1,
        }
    }

    pub fn contains(self, value: i128) -> bool {
        (self.min()..=self.max()).contains(&value)
    }

    /// `value` (two's complement) cut to this type's width: what `as` gives.
    pub fn wrap(self, value: i128) -> i128 {
        let bits = self.bits();
        if bits == 128 {
            return value;
        }
        let low = value & ((1i128 << bits) - 1);
        if self.is_signed() && low >> (bits - 1) == 1 {
            low - (1i128 << bits)
        } else {
            low
        }
    }

    /// The unsigned type of the same width.
    fn unsigned(self) -> Self {
        match self {
            Self::I8 => Self::U8,
            Self::I16 => Self::U16,
            Self::I32 => Self::U32,
            Self::I64 => Self::U64,
            Self::I128 => Self::U128,
            Self::Isize => Self::Usize,
            other => other,
        }
    }
}

/// The names an expression may read: the table's earlier entries and aliases.
pub trait Scope {
    /// The type of every name: the table's.
    fn ty(&self) -> Ty;
    /// The value of the entry or alias `name`, or why the expression may not read it.
    fn value_of(&self, name: &Ident) -> Result<i128, Refused>;
}

/// Why a name cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// No entry of the table has this name.
    Unknown,
    /// The entry is declared after the one whose value reads it.
    Later,
    /// The entry whose value this is (`A = A + 1`).
    Itself,
    /// The entry was declared without a value.
    NoValue,
    /// The entry's value is wrong, which is reported on that entry: nothing more to say.
    Reported,
}

/// A mistake in an expression, with the tokens it is about.
#[derive(Debug)]
pub struct Problem {
    /// The offending sub-expression (or token).
    pub at: TokenStream,
    pub kind: Box<Kind>,
}

/// What is wrong; the messages are written in `error.rs`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Nothing where a value or an operand should be.
    Missing,
    /// A token the language does not have (a float, a string, a method call, `&&`...).
    Unsupported,
    /// A path the macro cannot read (`ffi::X`); `T::MIN` and `T::MAX` are read.
    Path,
    /// An integer literal whose suffix is not an integer type (`42P01`, `1f32`).
    BadSuffix,
    /// C's octal: a decimal literal with a leading zero (`010`).
    LeadingZero { digits: String },
    /// A literal that does not fit its type; `wraps_to` is what `as` would give, `fits` the
    /// unsigned type of the same width when the literal fits that one.
    LiteralRange {
        ty: Ty,
        value: i128,
        wraps_to: i128,
        fits: Option<Ty>,
    },
    /// A literal beyond `u128`.
    Huge,
    /// A name the scope refused.
    Name { name: String, why: Refused },
    /// An operator between two types (`1u8 + 1u16`), or an operand of the wrong type for
    /// its place (`u32` where the table's `i32` is expected).
    Mismatch { expected: Ty, found: Ty },
    /// Unary `-` on an unsigned type.
    NegUnsigned { ty: Ty },
    /// `lhs op rhs` is out of `ty`'s range (the exact result given).
    Overflow {
        op: &'static str,
        ty: Ty,
        lhs: i128,
        rhs: i128,
        result: Option<i128>,
    },
    /// `/` or `%` by zero.
    DivZero { op: &'static str },
    /// A shift by a negative amount or by the width or more.
    Shift { ty: Ty, by: i128 },
    /// A cast to something that is not an integer type.
    CastTarget,
}

/// Evaluates `tokens` as a value of type `ty`.
///
/// # Errors
/// The first mistake, on the sub-expression it is about.
pub fn evaluate(tokens: TokenStream, ty: Ty, scope: &dyn Scope) -> Result<i128, Problem> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let expr = Parser::new(&trees, &tokens).whole()?;
    let found = expr.natural(scope);
    if let Some(found) = found.filter(|found| *found != ty) {
        return Err(Problem {
            at: tokens,
            kind: Box::new(Kind::Mismatch {
                expected: ty,
                found,
            }),
        });
    }
    expr.eval(ty, scope)
}

/// A parsed expression. Each node keeps its tokens, for errors.
enum Expr {
    Lit {
        value: u128,
        suffix: Option<Ty>,
        tokens: TokenStream,
    },
    Name(Ident),
    /// `T::MIN` or `T::MAX`.
    Limit {
        ty: Ty,
        max: bool,
    },
    Neg(Box<Expr>, TokenStream),
    Not(Box<Expr>, TokenStream),
    Binary {
        op: Op,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
        tokens: TokenStream,
    },
    Cast {
        expr: Box<Expr>,
        ty: Ty,
        tokens: TokenStream,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Op {
    Mul,
    Div,
    Rem,
    Add,
    Sub,
    Shl,
    Shr,
    And,
    Xor,
    Or,
}

impl Op {
    /// Binding power: higher binds tighter (Rust's order; `as` and unary bind tighter still).
    fn power(self) -> u8 {
        match self {
            Self::Mul | Self::Div | Self::Rem => 6,
            Self::Add | Self::Sub => 5,
            Self::Shl | Self::Shr => 4,
            Self::And => 3,
            Self::Xor => 2,
            Self::Or => 1,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Self::Mul => "*",
            Self::Div => "/",
            Self::Rem => "%",
            Self::Add => "+",
            Self::Sub => "-",
            Self::Shl => "<<",
            Self::Shr => ">>",
            Self::And => "&",
            Self::Xor => "^",
            Self::Or => "|",
        }
    }
}

/// A Pratt parser over token trees: a group of `()` or an invisible group (`$x:expr`) is a
/// parenthesized sub-expression.
struct Parser<'a> {
    trees: &'a [TokenTree],
    at: usize,
    /// All tokens, for an error about a missing operand at the end.
    whole: &'a TokenStream,
}

impl<'a> Parser<'a> {
    fn new(trees: &'a [TokenTree], whole: &'a TokenStream) -> Self {
        Self {
            trees,
            at: 0,
            whole,
        }
    }

    /// The whole token list as one expression.
    fn whole(mut self) -> Result<Expr, Problem> {
        let expr = self.expr(0)?;
        match self.trees.get(self.at) {
            None => Ok(expr),
            Some(tree) => Err(Problem {
                at: tree.to_token_stream(),
                kind: Box::new(Kind::Unsupported),
            }),
        }
    }

    fn tokens_from(&self, start: usize) -> TokenStream {
        self.trees[start..self.at].iter().cloned().collect()
    }

    fn expr(&mut self, min_power: u8) -> Result<Expr, Problem> {
        let start = self.at;
        let mut lhs = self.unary()?;
        loop {
            if self.peek_ident("as") {
                self.at += 1;
                let ty = self.cast_target()?;
                lhs = Expr::Cast {
                    expr: Box::new(lhs),
                    ty,
                    tokens: self.tokens_from(start),
                };
                continue;
            }
            let Some((op, len)) = self.peek_op() else {
                break;
            };
            if op.power() <= min_power {
                break;
            }
            self.at += len;
            let rhs = self.expr(op.power())?;
            lhs = Expr::Binary {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
                tokens: self.tokens_from(start),
            };
        }
        Ok(lhs)
    }

    /// A unary operator applied to an operand (unary binds tighter than `as`), or an atom.
    fn unary(&mut self) -> Result<Expr, Problem> {
        let start = self.at;
        match self.trees.get(self.at) {
            Some(TokenTree::Punct(p)) if p.as_char() == '-' || p.as_char() == '!' => {
                self.at += 1;
                let operand = self.unary()?;
                let tokens = self.tokens_from(start);
                Ok(if p.as_char() == '-' {
                    Expr::Neg(Box::new(operand), tokens)
                } else {
                    Expr::Not(Box::new(operand), tokens)
                })
            }
            _ => self.atom(),
        }
    }

    fn atom(&mut self) -> Result<Expr, Problem> {
        let Some(tree) = self.trees.get(self.at) else {
            let at = self
                .trees
                .last()
                .map_or_else(|| self.whole.clone(), ToTokens::to_token_stream);
            return Err(Problem {
                at,
                kind: Box::new(Kind::Missing),
            });
        };
        self.at += 1;
        match tree {
            TokenTree::Literal(lit) => literal(lit),
            TokenTree::Group(g)
                if matches!(g.delimiter(), Delimiter::Parenthesis | Delimiter::None) =>
            {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let whole = tree.to_token_stream();
                if inner.is_empty() {
                    return Err(Problem {
                        at: whole,
                        kind: Box::new(Kind::Missing),
                    });
                }
                Parser::new(&inner, &whole).whole()
            }
            TokenTree::Ident(ident) if self.peek_path_sep() => self.path(ident),
            TokenTree::Ident(ident) => Ok(Expr::Name(ident.clone())),
            other => Err(Problem {
                at: other.to_token_stream(),
                kind: Box::new(Kind::Unsupported),
            }),
        }
    }

    /// `first::...`: `T::MIN` and `T::MAX` of an integer type; any other path is refused.
    fn path(&mut self, first: &Ident) -> Result<Expr, Problem> {
        let start = self.at - 1;
        let mut last = first.clone();
        let mut segments = 1;
        while self.peek_path_sep() {
            self.at += 2;
            match self.trees.get(self.at) {
                Some(TokenTree::Ident(ident)) => {
                    last = ident.clone();
                    segments += 1;
                    self.at += 1;
                }
                _ => break,
            }
        }
        let tokens = self.tokens_from(start);
        let limit = Ty::from_name(&first.to_string()).filter(|_| segments == 2);
        match (limit, last.to_string().as_str()) {
            (Some(ty), "MIN") => Ok(Expr::Limit { ty, max: false }),
            (Some(ty), "MAX") => Ok(Expr::Limit { ty, max: true }),
            _ => Err(Problem {
                at: tokens,
                kind: Box::new(Kind::Path),
            }),
        }
    }

    fn cast_target(&mut self) -> Result<Ty, Problem> {
        let start = self.at;
        // A path to an integer type (`core::primitive::u32`) is read by its last segment.
        while let Some(TokenTree::Ident(_)) = self.trees.get(self.at) {
            self.at += 1;
            if !self.peek_path_sep() {
                break;
            }
            self.at += 2;
        }
        let tokens = self.tokens_from(start);
        let last = self.trees[start..self.at]
            .iter()
            .rev()
            .find_map(|t| match t {
                TokenTree::Ident(ident) => Some(ident.to_string()),
                _ => None,
            });
        match last.as_deref().and_then(Ty::from_name) {
            Some(ty) => Ok(ty),
            None => Err(Problem {
                at: if tokens.is_empty() {
                    self.trees[start - 1].to_token_stream()
                } else {
                    tokens
                },
                kind: Box::new(Kind::CastTarget),
            }),
        }
    }

    fn peek_ident(&self, word: &str) -> bool {
        matches!(self.trees.get(self.at), Some(TokenTree::Ident(i)) if i == word)
    }

    fn peek_path_sep(&self) -> bool {
        matches!(
            (self.trees.get(self.at), self.trees.get(self.at + 1)),
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
        )
    }

    /// The binary operator at the cursor and how many tokens it takes.
    fn peek_op(&self) -> Option<(Op, usize)> {
        let TokenTree::Punct(p) = self.trees.get(self.at)? else {
            return None;
        };
        let next = match self.trees.get(self.at + 1) {
            Some(TokenTree::Punct(n)) if p.spacing() == Spacing::Joint => Some(n.as_char()),
            _ => None,
        };
        let op = match (p.as_char(), next) {
            // `<=`, `&&`, `||`, `==` and compound assignments are not integer operators.
            (_, Some('=')) | ('&', Some('&')) | ('|', Some('|')) => return None,
            ('<', Some('<')) => return Some((Op::Shl, 2)),
            ('>', Some('>')) => return Some((Op::Shr, 2)),
            ('*', _) => Op::Mul,
            ('/', _) => Op::Div,
            ('%', _) => Op::Rem,
            ('+', _) => Op::Add,
            ('-', _) => Op::Sub,
            ('&', _) => Op::And,
            ('^', _) => Op::Xor,
            ('|', _) => Op::Or,
            _ => return None,
        };
        Some((op, 1))
    }
}

/// An integer literal: its digits in any base with `_`, and an optional integer suffix.
fn literal(lit: &Literal) -> Result<Expr, Problem> {
    let text = lit.to_string();
    let tokens = lit.to_token_stream();
    let problem = |kind| Problem {
        at: tokens.clone(),
        kind: Box::new(kind),
    };
    let (radix, body) = match text.get(..2) {
        Some("0x" | "0X") => (16, &text[2..]),
        Some("0o") => (8, &text[2..]),
        Some("0b") => (2, &text[2..]),
        _ => (10, text.as_str()),
    };
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(problem(Kind::Unsupported));
    }
    // The digits run up to the first character that is not a digit of the radix (or `_`):
    // the suffix starts there. In hex, `e` and `f` are digits, so `0x1f32` has no suffix.
    let split = body
        .find(|c: char| !(c == '_' || c.is_digit(radix)))
        .unwrap_or(body.len());
    let (digits, suffix) = body.split_at(split);
    // A float (`1.5`, `1e3`, `1f32`) is not an integer with a bad suffix.
    let float = radix == 10 && (suffix.starts_with(['.', 'e', 'E']) || suffix.starts_with("f"));
    if float {
        return Err(problem(Kind::Unsupported));
    }
    let suffix = match suffix {
        "" => None,
        s => Some(Ty::from_name(s).ok_or_else(|| problem(Kind::BadSuffix))?),
    };
    let digits: String = digits.chars().filter(|c| *c != '_').collect();
    if digits.is_empty() {
        return Err(problem(Kind::Unsupported));
    }
    if radix == 10 && digits.len() > 1 && digits.starts_with('0') {
        return Err(problem(Kind::LeadingZero { digits }));
    }
    let value = u128::from_str_radix(&digits, radix).map_err(|_| problem(Kind::Huge))?;
    Ok(Expr::Lit {
        value,
        suffix,
        tokens,
    })
}

impl Expr {
    fn tokens(&self) -> TokenStream {
        match self {
            Self::Lit { tokens, .. }
            | Self::Neg(_, tokens)
            | Self::Not(_, tokens)
            | Self::Binary { tokens, .. }
            | Self::Cast { tokens, .. } => tokens.clone(),
            Self::Name(ident) => ident.to_token_stream(),
            Self::Limit { ty, max } => {
                let ty = Ident::new(ty.name(), Span::call_site());
                let limit = Ident::new(if *max { "MAX" } else { "MIN" }, Span::call_site());
                quote::quote!(#ty::#limit)
            }
        }
    }

    /// The type the expression has whatever its context: a suffix's, a name's (the table's),
    /// a cast's target; `None` when an unsuffixed literal decides it, which takes the type
    /// its context expects.
    fn natural(&self, scope: &dyn Scope) -> Option<Ty> {
        match self {
            Self::Lit { suffix, .. } => *suffix,
            Self::Name(_) => Some(scope.ty()),
            Self::Limit { ty, .. } | Self::Cast { ty, .. } => Some(*ty),
            Self::Neg(e, _) | Self::Not(e, _) => e.natural(scope),
            Self::Binary { op, lhs, rhs, .. } => match op {
                Op::Shl | Op::Shr => lhs.natural(scope),
                _ => lhs.natural(scope).or_else(|| rhs.natural(scope)),
            },
        }
    }

    /// The value of the expression in type `ty` (the type the context expects, or its own).
    fn eval(&self, ty: Ty, scope: &dyn Scope) -> Result<i128, Problem> {
        let problem = |kind| Problem {
            at: self.tokens(),
            kind: Box::new(kind),
        };
        match self {
            Self::Lit { value, .. } => {
                let value = i128::try_from(*value).map_err(|_| problem(Kind::Huge))?;
                literal_in(value, ty).map_err(problem)
            }
            Self::Name(ident) => scope.value_of(ident).map_err(|why| {
                problem(Kind::Name {
                    name: ident.to_string(),
                    why,
                })
            }),
            Self::Limit { ty: own, max } => Ok(if *max { own.max() } else { own.min() }),
            Self::Neg(operand, _) => self.negate(operand, ty, scope),
            Self::Not(operand, _) => {
                let v = operand.eval(ty, scope)?;
                Ok(if ty.is_signed() { !v } else { ty.max() ^ v })
            }
            Self::Cast { expr, ty: to, .. } => {
                let from = expr.natural(scope).unwrap_or(Ty::I32);
                Ok(to.wrap(expr.eval(from, scope)?))
            }
            Self::Binary { op, lhs, rhs, .. } => self.binary(*op, lhs, rhs, ty, scope),
        }
    }

    /// `-operand` in `ty`: a negative literal may reach the type's minimum (`-128i8`), as in
    /// Rust, where the literal's own range check sees the sign.
    fn negate(&self, operand: &Self, ty: Ty, scope: &dyn Scope) -> Result<i128, Problem> {
        let problem = |kind| Problem {
            at: self.tokens(),
            kind: Box::new(kind),
        };
        if !ty.is_signed() {
            return Err(problem(Kind::NegUnsigned { ty }));
        }
        if let Self::Lit { value, .. } = operand {
            let value = i128::try_from(*value).map_err(|_| problem(Kind::Huge))?;
            return literal_in(-value, ty).map_err(problem);
        }
        let v = operand.eval(ty, scope)?;
        if ty.contains(-v) {
            Ok(-v)
        } else {
            Err(problem(Kind::Overflow {
                op: "-",
                ty,
                lhs: 0,
                rhs: v,
                result: Some(-v),
            }))
        }
    }

    fn binary(
        &self,
        op: Op,
        lhs: &Self,
        rhs: &Self,
        ty: Ty,
        scope: &dyn Scope,
    ) -> Result<i128, Problem> {
        let problem = |kind| Problem {
            at: self.tokens(),
            kind: Box::new(kind),
        };
        if let Op::Shl | Op::Shr = op {
            let l = lhs.eval(ty, scope)?;
            let by_ty = rhs.natural(scope).unwrap_or(Ty::I32);
            let by = rhs.eval(by_ty, scope)?;
            if by < 0 || by >= i128::from(ty.bits()) {
                return Err(problem(Kind::Shift { ty, by }));
            }
            let by = u32::try_from(by).unwrap_or(0);
            return Ok(if op == Op::Shl {
                ty.wrap(l << by)
            } else {
                l >> by
            });
        }
        for (side, other) in [(lhs, rhs), (rhs, lhs)] {
            if let (Some(a), Some(b)) = (side.natural(scope), other.natural(scope)) {
                if a != b {
                    return Err(Problem {
                        at: other.tokens(),
                        kind: Box::new(Kind::Mismatch {
                            expected: a,
                            found: b,
                        }),
                    });
                }
            }
        }
        let (l, r) = (lhs.eval(ty, scope)?, rhs.eval(ty, scope)?);
        let result = match op {
            Op::Div | Op::Rem if r == 0 => {
                return Err(problem(Kind::DivZero { op: op.symbol() }));
            }
            Op::Mul => l.checked_mul(r),
            Op::Div => l.checked_div(r),
            Op::Rem => l.checked_rem(r),
            Op::Add => l.checked_add(r),
            Op::Sub => l.checked_sub(r),
            Op::And => Some(l & r),
            Op::Xor => Some(l ^ r),
            Op::Or => Some(l | r),
            Op::Shl | Op::Shr => unreachable!("handled above"),
        };
        // `MIN / -1` and `MIN % -1` overflow in Rust, as the quotient does.
        let overflows = match op {
            Op::Div | Op::Rem => ty.is_signed() && l == ty.min() && r == -1,
            _ => !result.is_some_and(|v| ty.contains(v)),
        };
        if overflows {
            return Err(problem(Kind::Overflow {
                op: op.symbol(),
                ty,
                lhs: l,
                rhs: r,
                result: if op == Op::Rem { None } else { result },
            }));
        }
        Ok(result.unwrap_or_default())
    }
}

/// A literal's value checked against `ty`, as rustc's `overflowing_literals` does.
pub fn literal_in(value: i128, ty: Ty) -> Result<i128, Kind> {
    if ty.contains(value) {
        return Ok(value);
    }
    let unsigned = ty.unsigned();
    Err(Kind::LiteralRange {
        ty,
        value,
        wraps_to: ty.wrap(value),
        fits: (unsigned != ty && unsigned.contains(value)).then_some(unsigned),
    })
}
