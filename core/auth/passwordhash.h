#pragma once

#include <QString>

namespace loket::passwords {

// Argon2id through libsodium, in its self-describing string format, with OWASP's minimum cost
// (19 MiB, two passes): slow for an attacker with a stolen hash, about 30 ms per check here.
// The hub keeps its accounts' passwords this way; the client keeps, in memory only, the
// signed-in staff member's, to unlock the screen without the network.

// Must run once before the rest (sodium_init is thread-safe and may run again).
bool initialize();
// Empty when the machine is out of memory.
QString hash(const QString &password);
bool verify(const QString &hash, const QString &password);
// True when `hash` was made with other costs than hash() uses now.
bool needsRehash(const QString &hash);

} // namespace loket::passwords
