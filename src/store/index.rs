//! What the hot read found, kept in process: see [`HotIndex`].

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{AssertionRecord, HotRead};

/// The hot read's results kept in process (issue #18: no database round trip on the hot path when nothing needs
/// one), for a database only this process writes: an embedded SQLite database. It stays what the database would
/// answer because every write that can change a kept result goes through this process's `Store`, which tells the
/// index once the write is committed:
/// - an assertion's rows (`recorded`): a row of the kept previous assertion, or one that is already there, leaves
///   the result as it is (an upsert of an existing row changes nothing the hot read returns) or adds its key; a
///   row that may make another assertion the newest on the kept orders drops the result;
/// - a QuestionnaireResponse, a failed or unknown write, or a purge drops what it may touch (`forget`, `clear`).
///
/// A read that raced such a write is not kept: each miss leaves a ticket, which a write touching that patient
/// takes back, so a result read before the write cannot be filed after it. What another process changes in the
/// same file (an operator's `crd-server purge`) is seen once a kept result is older than `max_age`. PostgreSQL
/// is shared by instances whose writes this one never sees: there the hot read always queries.
///
/// Bounded: at most `capacity` results; a miss that finds the index full first drops what is stale, and then,
/// if still full, everything (the next calls read again).
pub(super) struct HotIndex {
    max_age: Duration,
    capacity: usize,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// By tenant, then patient: the results kept for that patient's hot reads.
    patients: HashMap<(String, String), Vec<(Query, Slot)>>,
    /// How many results (and tickets) are held.
    len: usize,
    next_ticket: u64,
}

/// A hot read's parameters besides tenant and patient.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Query {
    policy: String,
    payer: String,
    orders: Vec<String>,
}

enum Slot {
    /// A read under way; filed only if this ticket is still here when it ends.
    Pending(u64),
    Ready {
        at: Instant,
        read: HotRead,
    },
}

/// What the index has for a hot read.
pub(super) enum Lookup {
    Kept(HotRead),
    /// Not kept (or too old): read the database, and `fill` what it answers.
    Miss(Ticket),
}

/// What a miss leaves: where its result is filed once read.
pub(super) struct Ticket {
    tenant: String,
    patient: String,
    query: Query,
    id: u64,
}

impl HotIndex {
    pub(super) fn new(max_age: Duration, capacity: usize) -> HotIndex {
        HotIndex {
            max_age,
            capacity: capacity.max(1),
            state: Mutex::new(State::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // Every change under this lock is whole before it is released: a panic elsewhere leaves it consistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The kept result of this hot read, or a ticket to file the database's answer under.
    pub(super) fn lookup(
        &self,
        tenant: &str,
        patient: &str,
        policy: &str,
        payer: &str,
        orders: &[&str],
    ) -> Lookup {
        let now = Instant::now();
        let mut state = self.lock();
        let found = state
            .patients
            .get_mut(&(tenant.to_owned(), patient.to_owned()))
            .and_then(|slots| {
                slots
                    .iter_mut()
                    .find(|(q, _)| q.policy == policy && q.payer == payer && q.orders == orders)
            });
        if let Some((_, Slot::Ready { at, read })) = &found {
            if now.duration_since(*at) <= self.max_age {
                return Lookup::Kept(read.clone());
            }
        }
        state.next_ticket += 1;
        let id = state.next_ticket;
        let query = Query {
            policy: policy.to_owned(),
            payer: payer.to_owned(),
            orders: orders.iter().map(|o| o.to_string()).collect(),
        };
        let ticket = Ticket {
            tenant: tenant.to_owned(),
            patient: patient.to_owned(),
            query: query.clone(),
            id,
        };
        // Re-borrowed: the search above held the map.
        if let Some(slot) = state
            .patients
            .get_mut(&(ticket.tenant.clone(), ticket.patient.clone()))
            .and_then(|slots| slots.iter_mut().find(|(q, _)| *q == query))
        {
            slot.1 = Slot::Pending(id);
            return Lookup::Miss(ticket);
        }
        if state.len >= self.capacity {
            state.drop_stale(now, self.max_age);
            if state.len >= self.capacity {
                state.patients.clear();
                state.len = 0;
            }
        }
        state.len += 1;
        state
            .patients
            .entry((ticket.tenant.clone(), ticket.patient.clone()))
            .or_default()
            .push((query, Slot::Pending(id)));
        Lookup::Miss(ticket)
    }

    /// Files what the database answered for `ticket`, unless a write touching the patient came meanwhile.
    pub(super) fn fill(&self, ticket: Ticket, read: &HotRead) {
        let mut state = self.lock();
        let Some(slots) = state.patients.get_mut(&(ticket.tenant, ticket.patient)) else {
            return;
        };
        if let Some(slot) = slots
            .iter_mut()
            .find(|(q, s)| *q == ticket.query && matches!(s, Slot::Pending(id) if *id == ticket.id))
        {
            slot.1 = Slot::Ready {
                at: Instant::now(),
                read: HotRead {
                    answers: read.answers.clone(),
                    previous: read.previous.clone(),
                    from_database: false,
                },
            };
        }
    }

    /// Committed assertion rows: each kept result they may change is brought up to date or dropped, and every
    /// read under way for their patients is not kept.
    pub(super) fn recorded<'a>(&self, records: impl IntoIterator<Item = &'a AssertionRecord>) {
        let mut state = self.lock();
        let State { patients, len, .. } = &mut *state;
        for r in records {
            let Some(slots) = patients.get_mut(&(r.tenant.clone(), r.patient_id.clone())) else {
                continue;
            };
            let before = slots.len();
            slots.retain_mut(|(query, slot)| match slot {
                Slot::Pending(_) => false,
                Slot::Ready { read, .. } => still_true(query, read, r),
            });
            *len -= before - slots.len();
            if slots.is_empty() {
                patients.remove(&(r.tenant.clone(), r.patient_id.clone()));
            }
        }
    }

    /// Drops everything kept for this patient, and every read under way for them: a QuestionnaireResponse was
    /// stored, or a write's outcome is not known.
    pub(super) fn forget(&self, tenant: &str, patient: &str) {
        let mut state = self.lock();
        if let Some(slots) = state
            .patients
            .remove(&(tenant.to_owned(), patient.to_owned()))
        {
            state.len -= slots.len();
        }
    }

    /// Drops everything (rows were deleted).
    pub(super) fn clear(&self) {
        let mut state = self.lock();
        state.patients.clear();
        state.len = 0;
    }
}

impl State {
    fn drop_stale(&mut self, now: Instant, max_age: Duration) {
        let mut dropped = 0;
        self.patients.retain(|_, slots| {
            let before = slots.len();
            slots.retain(
                |(_, s)| matches!(s, Slot::Ready { at, .. } if now.duration_since(*at) <= max_age),
            );
            dropped += before - slots.len();
            !slots.is_empty()
        });
        self.len -= dropped;
    }
}

/// Whether a kept result for `query` is still what the hot read answers once the row `r` (of the same tenant and
/// patient) is committed; it is brought up to date when that can be done exactly.
///
/// The hot read returns every row of the newest assertion among this patient's rows for the payer and orders.
/// `r` is upserted on (assertion id, order): a row that exists is left with everything the hot read returns.
fn still_true(query: &Query, read: &mut HotRead, r: &AssertionRecord) -> bool {
    if let Some(previous) = read.previous.as_mut() {
        if previous.assertion_id == r.assertion_id {
            // A row of the kept assertion: an existing one is unchanged, a new one is one more of its rows.
            if !previous.keys.iter().any(|(order, _)| *order == r.order_ref) {
                previous
                    .keys
                    .push((r.order_ref.clone(), r.assertion_key.clone()));
                previous.keys.sort();
            }
            return true;
        }
    }
    // A row of another assertion on one of these orders may now be the newest: read again.
    !(r.payer_id == query.payer && query.orders.contains(&r.order_ref))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::PreviousAssertion;

    fn record(id: &str, order: &str, key: &str) -> AssertionRecord {
        AssertionRecord {
            assertion_id: id.into(),
            order_ref: order.into(),
            hook: "order-sign".into(),
            hook_instance: "i".into(),
            payer_id: "payer".into(),
            policy_id: "policy".into(),
            coverage_ref: String::new(),
            outcome: "covered".into(),
            decided_on: "2026-12-07".into(),
            created_at: "2026-12-07T00:00:00Z".into(),
            trace: crate::store::json_null(),
            patient_id: "p".into(),
            facts: crate::store::json_null(),
            tenant: "t".into(),
            assertion_key: key.into(),
            supersedes: String::new(),
        }
    }

    fn previous(id: &str, keys: &[(&str, &str)]) -> HotRead {
        HotRead {
            answers: vec![],
            previous: Some(PreviousAssertion {
                assertion_id: id.into(),
                keys: keys
                    .iter()
                    .map(|(o, k)| (o.to_string(), k.to_string()))
                    .collect(),
            }),
            from_database: true,
        }
    }

    fn miss(index: &HotIndex, patient: &str, orders: &[&str]) -> Option<Ticket> {
        match index.lookup("t", patient, "policy", "payer", orders) {
            Lookup::Kept(_) => None,
            Lookup::Miss(ticket) => Some(ticket),
        }
    }

    fn index() -> HotIndex {
        HotIndex::new(Duration::from_secs(60), 100)
    }

    /// Looks up the orders `a` and `b` of patient `p`; on a miss, files `read`.
    fn read_through(index: &HotIndex, read: &HotRead) -> Option<HotRead> {
        match index.lookup("t", "p", "policy", "payer", &["a", "b"]) {
            Lookup::Kept(kept) => Some(kept),
            Lookup::Miss(ticket) => {
                index.fill(ticket, read);
                None
            }
        }
    }

    #[test]
    fn a_filled_read_is_answered_from_the_index_and_not_marked_as_read() {
        let index = index();
        let read = previous("x", &[("a", "k1"), ("b", "k2")]);
        assert!(read_through(&index, &read).is_none());
        let kept = read_through(&index, &read).expect("kept");
        assert_eq!(kept.previous, read.previous);
        assert!(!kept.from_database);
        // Other parameters are other reads.
        assert!(miss(&index, "p", &["a"]).is_some());
        assert!(miss(&index, "q", &["a", "b"]).is_some());
        assert!(matches!(
            index.lookup("u", "p", "policy", "payer", &["a", "b"]),
            Lookup::Miss(_)
        ));
        assert!(matches!(
            index.lookup("t", "p", "policy", "other", &["a", "b"]),
            Lookup::Miss(_)
        ));
    }

    #[test]
    fn rows_of_the_kept_assertion_keep_it_and_rows_of_another_drop_it() {
        let index = index();
        let read = previous("x", &[("a", "k1"), ("b", "k2")]);
        read_through(&index, &read);
        // The same decision re-signed: an upsert of rows that exist.
        index.recorded(&[record("x", "a", "k1"), record("x", "b", "k2")]);
        assert_eq!(read_through(&index, &read).unwrap().previous, read.previous);
        // A new row of the kept assertion is one more of its rows.
        index.recorded(&[record("x", "c", "k3")]);
        assert_eq!(
            read_through(&index, &read).unwrap().previous,
            previous("x", &[("a", "k1"), ("b", "k2"), ("c", "k3")]).previous
        );
        // Another patient's, another payer's, or another order's rows of another assertion change nothing.
        let mut other_patient = record("y", "a", "k9");
        other_patient.patient_id = "q".into();
        let mut other_payer = record("y", "a", "k9");
        other_payer.payer_id = "other".into();
        index.recorded(&[other_patient, other_payer, record("y", "z", "k9")]);
        assert!(read_through(&index, &read).is_some());
        // A new assertion on one of the orders: read again.
        index.recorded(&[record("y", "b", "k9")]);
        assert!(read_through(&index, &read).is_none());
    }

    #[test]
    fn without_a_previous_assertion_any_row_on_the_orders_drops_the_result() {
        let index = index();
        let none = HotRead::default();
        read_through(&index, &none);
        assert!(read_through(&index, &none).is_some());
        index.recorded(&[record("x", "a", "k1")]);
        assert!(read_through(&index, &none).is_none());
    }

    #[test]
    fn a_read_that_raced_a_write_of_its_patient_is_not_kept() {
        let index = index();
        let stale = previous("x", &[("a", "k1"), ("b", "k2")]);
        let ticket = miss(&index, "p", &["a", "b"]).expect("miss");
        // Committed while the read was under way (even a write that would have left a kept result as it is).
        index.recorded(&[record("x", "a", "k1")]);
        index.fill(ticket, &stale);
        assert!(read_through(&index, &stale).is_none());
        index.forget("t", "p");
        // A second miss on the same read takes the first one's place: only the newest ticket files.
        let first = miss(&index, "p", &["a", "b"]).unwrap();
        let second = miss(&index, "p", &["a", "b"]).unwrap();
        index.fill(first, &stale);
        assert!(miss(&index, "p", &["a", "b"]).is_some());
        index.fill(second, &stale);
        // The third lookup took the place again: filing the second's ticket no longer does anything.
        assert!(miss(&index, "p", &["a", "b"]).is_some());
    }

    #[test]
    fn answers_a_failed_write_and_a_purge_drop_what_they_touch() {
        let index = index();
        let read = previous("x", &[("a", "k1"), ("b", "k2")]);
        read_through(&index, &read);
        index.forget("t", "q");
        assert!(read_through(&index, &read).is_some());
        index.forget("t", "p");
        assert!(read_through(&index, &read).is_none());
        assert!(read_through(&index, &read).is_some());
        index.clear();
        assert!(read_through(&index, &read).is_none());
    }

    #[test]
    fn a_kept_result_older_than_max_age_is_read_again() {
        let index = HotIndex::new(Duration::ZERO, 100);
        let read = previous("x", &[("a", "k1")]);
        read_through(&index, &read);
        std::thread::sleep(Duration::from_millis(2));
        assert!(read_through(&index, &read).is_none());
    }

    #[test]
    fn the_index_holds_at_most_its_capacity() {
        let index = HotIndex::new(Duration::from_secs(60), 3);
        let read = HotRead::default();
        for p in ["p1", "p2", "p3", "p4", "p5"] {
            if let Lookup::Miss(t) = index.lookup("t", p, "policy", "payer", &["a"]) {
                index.fill(t, &read);
            }
            assert!(index.lock().len <= 3);
        }
        // Full of fresh results: the fourth cleared them; the last two are kept.
        assert!(miss(&index, "p5", &["a"]).is_none());
        assert!(miss(&index, "p1", &["a"]).is_some());
        let state = index.lock();
        assert_eq!(
            state.len,
            state.patients.values().map(Vec::len).sum::<usize>()
        );
    }
}
