#pragma once

namespace loket {

// Whether staff switched sync off by hand ("Work offline"): while On, the engine sends no
// request at all; edits keep landing in the outbox and go out once it is Off again.
enum class WorkOffline { Off, On };

} // namespace loket
