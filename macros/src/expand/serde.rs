//! serde's `Serialize` and `Deserialize`, through a macro of `codetable`.

use super::Ctx;
use crate::ast::SerdeForm;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// serde's `Serialize` and `Deserialize`, through a macro of `codetable` that expands to the
/// impls with its `serde` feature and to nothing without it: the macro cannot see the
/// features of the user's `codetable`. A table that derives serde's traits itself (by
/// `derive` or `cfg_attr`, serde_repr's included) keeps its own and gets none of these.
pub(super) fn tokens(ctx: &Ctx) -> TokenStream {
    let Ctx { ident, krate, .. } = ctx;
    if ctx.table.derives_serde {
        return TokenStream::new();
    }
    let form = match ctx.checked.serde {
        SerdeForm::Value => format_ident!("value"),
        SerdeForm::Name => format_ident!("name"),
    };
    quote!(#krate::__private::serde_impls!(#ident, #form);)
}
