//! Domain types of kenes: historical dates, ids, actors, places, bodies,
//! compositions, proposals, events and their effects, stances, votes,
//! sources, claims and readings. No I/O happens here.

pub mod date;
