#pragma once

#include "store/repositories.h"

#include <QString>

namespace loket::testing {

// A small cache for the UI tests, written through CacheWriter like a sync would: two
// municipalities, a category catalogue, namesakes (two Marie Janssens, a Marc Janssens), and
// for the first Marie reports with status histories, documents with delivery histories and
// contact moments.
struct TestCache
{
    static constexpr auto marie1954 = "11111111-1111-4111-8111-111111111111";
    static constexpr auto marie1987 = "22222222-2222-4222-8222-222222222222";
    static constexpr auto marc1961 = "33333333-3333-4333-8333-333333333333";
    static constexpr auto ahmed1990 = "44444444-4444-4444-8444-444444444444";
    static constexpr auto jan1975 = "55555555-5555-4555-8555-555555555555";

    // Writes the cache to `path`; returns an error message, empty on success.
    static QString create(const QString &path);
    static Citizen citizen(const char *id);
};

} // namespace loket::testing
