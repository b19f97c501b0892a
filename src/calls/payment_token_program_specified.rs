//! `POST /payment-tokens/program-specified`: the merchant-only body for a participation program.

use super::table::{fields_of, merged, row, Presence::*, Row, Rule::*};
use super::token_body;
use crate::input::{Field, Field::*};

const PROGRAM: &[Row] = &[row(ProgramParticipationId, Required, IntegerFrom(0))];

pub(crate) const ROWS: &[Row] = &merged::<{ token_body::ROWS.len() + PROGRAM.len() }>(token_body::ROWS, PROGRAM);

pub(crate) const FIELDS: &[Field] = &fields_of::<{ ROWS.len() }>(ROWS);
