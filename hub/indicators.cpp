#include "indicators.h"
#include "store.h"

#include "guides/guidelibrary.h"
#include "model/belgiantime.h"
#include "model/workingdays.h"
#include "sync/wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace loket::hub {
namespace {

constexpr int channelCount = int(ContactChannel::Video) + 1;

int digitsAt(QStringView s, qsizetype at, qsizetype count)
{
    int v = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The last Sunday of `month`: the EU switches summer time on the last Sundays of March and
// October at 01:00 UTC.
QDate lastSunday(int year, int month)
{
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    return last.addDays(-(last.dayOfWeek() % 7));
}

// The Brussels calendar day of a stored time. The hub stores UTC ("...Z"); those are converted
// by the EU summer-time rule without a time-zone lookup (the indicators convert every event of
// every record); any other form goes through belgianDate().
QDate brusselsDate(const QString &text)
{
    if (text.size() == 10)
        return QDate::fromString(text, Qt::ISODate);
    if (text.size() >= 20 && text.endsWith(u'Z') && text[10] == u'T') {
        const int y = digitsAt(text, 0, 4), mo = digitsAt(text, 5, 2), d = digitsAt(text, 8, 2);
        const int h = digitsAt(text, 11, 2), mi = digitsAt(text, 14, 2);
        if (y > 1996 && mo > 0 && d > 0 && h >= 0 && mi >= 0) {
            const QDate day(y, mo, d);
            if (day.isValid()) {
                const int minutes = h * 60 + mi;
                const QDate springOn = lastSunday(y, 3), autumnOn = lastSunday(y, 10);
                const bool summer = (day > springOn || (day == springOn && minutes >= 60)) &&
                                    (day < autumnOn || (day == autumnOn && minutes < 60));
                const int local = minutes + (summer ? 120 : 60);
                return local >= 24 * 60 ? day.addDays(1) : day;
            }
        }
    }
    return belgianDate(text);
}

QJsonValue share(int numerator, int denominator)
{
    if (denominator <= 0)
        return QJsonValue(QJsonValue::Null);
    // Four decimals: the same number on every platform and in every CSV.
    return std::round(double(numerator) / double(denominator) * 10000.0) / 10000.0;
}

// The nearest-rank percentile (docs/kpi.md): the smallest value with at least p% of the values
// at or below it; always one of the values.
QJsonValue percentile(std::vector<int> values, int percent)
{
    if (values.empty())
        return QJsonValue(QJsonValue::Null);
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const size_t rank = (n * size_t(percent) + 99) / 100; // ceil(n * p / 100), at least 1
    return values[std::max<size_t>(rank, 1) - 1];
}

QString monthText(QDate month)
{
    return month.toString(u"yyyy-MM"_s);
}

template<typename Event> QList<Event> inTimeOrder(QList<Event> events)
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.at != b.at ? a.at < b.at : a.seq < b.seq;
    });
    return events;
}

} // namespace

struct IndicatorCalculator::Cell
{
    int reportsReceived = 0;
    int reportsResolved = 0;
    int resolvedWithNorm = 0;
    int resolvedWithinNorm = 0;
    int backlog = 0;
    int overdue = 0;
    std::vector<int> handlingDays;
    int citizens = 0;
    int citizensEbox = 0;
    int documentsSent = 0;
    int documentsDigital = 0;
    int eboxRead = 0;
    int fallbacks = 0;
    int paperSent = 0;
    int paperReturned = 0;
    std::array<int, channelCount> contacts{};
    int followUpsCreated = 0;
    int followUpsDue = 0;
    int guidesAlone = 0;
    int guidesWithHelp = 0;
};

std::optional<QDate> monthFromText(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    const int y = digitsAt(text, 0, 4), m = digitsAt(text, 5, 2);
    if (y < 1900 || m < 1 || m > 12)
        return std::nullopt;
    return QDate(y, m, 1);
}

IndicatorCalculator::IndicatorCalculator(IndicatorRequest request)
    : m_request(std::move(request))
{
    const QDate &a = m_request.firstMonth, &b = m_request.lastMonth;
    m_months = std::max(0, (b.year() - a.year()) * 12 + b.month() - a.month() + 1);
    m_cells.resize(size_t(m_months) * size_t(m_request.municipalities.size()));
    for (qsizetype i = 0; i < m_request.municipalities.size(); ++i)
        m_municipalityRows.insert(m_request.municipalities.at(i), int(i) * m_months);
}

int IndicatorCalculator::monthIndex(QDate day) const
{
    if (!day.isValid())
        return -1;
    const int i = (day.year() - m_request.firstMonth.year()) * 12 + day.month() -
                  m_request.firstMonth.month();
    return i >= 0 && i < m_months ? i : -1;
}

QDate IndicatorCalculator::monthEnd(int index) const
{
    const QDate end = m_request.firstMonth.addMonths(index + 1).addDays(-1);
    return m_request.today.isValid() && m_request.today < end ? m_request.today : end;
}

IndicatorCalculator::Cell *IndicatorCalculator::cell(const QString &nis, QDate day)
{
    const auto row = m_municipalityRows.constFind(nis);
    const int i = monthIndex(day);
    if (row == m_municipalityRows.cend() || i < 0)
        return nullptr;
    return &m_cells[size_t(*row + i)];
}

void IndicatorCalculator::addCategory(const Category &category)
{
    m_norms.insert(category.code, category.normWorkingDays);
}

void IndicatorCalculator::setGuideSteps(QHash<QString, QStringList> stepsByGuide)
{
    m_guideSteps = std::move(stepsByGuide);
}

void IndicatorCalculator::addCitizen(const QString &nis, const Citizen &citizen)
{
    const auto row = m_municipalityRows.constFind(nis);
    if (row == m_municipalityRows.cend())
        return;
    const QDate since = citizen.eboxSince.isEmpty() ? QDate() : brusselsDate(citizen.eboxSince);
    for (int i = 0; i < m_months; ++i) {
        Cell &c = m_cells[size_t(*row + i)];
        ++c.citizens;
        // Consent without a known start date counts from the beginning.
        if (citizen.eboxConsent && (!since.isValid() || since <= monthEnd(i)))
            ++c.citizensEbox;
    }
}

void IndicatorCalculator::addReport(const QString &nis, const Report &report)
{
    const auto row = m_municipalityRows.constFind(nis);
    if (row == m_municipalityRows.cend())
        return;
    const QDate received = brusselsDate(report.createdAt);
    if (!received.isValid())
        return;
    const auto normIt = m_norms.constFind(report.categoryCode);
    const int norm = normIt == m_norms.cend() ? 0 : *normIt;

    if (Cell *c = cell(nis, received))
        ++c->reportsReceived;

    struct Step
    {
        QDate day;
        ReportStatus status;
    };
    QList<Step> steps;
    for (const ReportStatusChange &change : inTimeOrder(report.history))
        steps.append({brusselsDate(change.at), change.status});

    // Resolved: the first resolved or closed step of a report that is resolved or closed now.
    const ReportStatus now =
        report.history.isEmpty() ? report.status : Report::currentStatus(report.history);
    if (now == ReportStatus::Resolved || now == ReportStatus::Closed) {
        for (const Step &s : std::as_const(steps)) {
            if (s.status != ReportStatus::Resolved && s.status != ReportStatus::Closed)
                continue;
            if (Cell *c = cell(nis, s.day)) {
                const int days = std::max(0, workingDaysBetween(received, s.day));
                ++c->reportsResolved;
                c->handlingDays.push_back(days);
                if (norm > 0) {
                    ++c->resolvedWithNorm;
                    if (days <= norm)
                        ++c->resolvedWithinNorm;
                }
            }
            break;
        }
    }

    // Backlog and overdue at the end of each month of the period.
    for (int i = 0; i < m_months; ++i) {
        const QDate end = monthEnd(i);
        if (received > end)
            continue;
        ReportStatus status = report.history.isEmpty() ? report.status : ReportStatus::Received;
        for (const Step &s : std::as_const(steps)) {
            if (s.day > end)
                break;
            status = s.status;
        }
        if (isFinished(status))
            continue;
        Cell &c = m_cells[size_t(*row + i)];
        ++c.backlog;
        if (norm > 0 && workingDaysBetween(received, end) > norm)
            ++c.overdue;
    }
}

void IndicatorCalculator::addDocument(const QString &nis, const Document &document)
{
    if (!m_municipalityRows.contains(nis))
        return;
    bool delivered = false;
    bool read = false;
    QDate firstSent;
    for (const DocumentEvent &e : document.history) {
        const QDate day = brusselsDate(e.at);
        switch (e.status) {
        case DocumentStatus::Delivered:
            delivered = true;
            break;
        case DocumentStatus::Read:
            read = true;
            break;
        case DocumentStatus::FallbackToPaper:
            if (Cell *c = cell(nis, day))
                ++c->fallbacks;
            break;
        case DocumentStatus::PaperSent:
            if (Cell *c = cell(nis, day))
                ++c->paperSent;
            break;
        case DocumentStatus::Returned:
            if (Cell *c = cell(nis, day))
                ++c->paperReturned;
            break;
        default:
            break;
        }
        if ((e.status == DocumentStatus::Sent || e.status == DocumentStatus::Delivered ||
             e.status == DocumentStatus::PaperSent) &&
            day.isValid() && (!firstSent.isValid() || day < firstSent))
            firstSent = day;
    }
    const QDate sent = document.sentAt.isEmpty() ? firstSent : brusselsDate(document.sentAt);
    if (Cell *c = cell(nis, sent)) {
        ++c->documentsSent;
        if (delivered) {
            ++c->documentsDigital;
            if (read)
                ++c->eboxRead;
        }
    }
}

void IndicatorCalculator::addContact(const QString &nis, const ContactMoment &contact)
{
    if (!m_municipalityRows.contains(nis))
        return;
    if (Cell *c = cell(nis, brusselsDate(contact.occurredAt))) {
        ++c->contacts[size_t(contact.channel)];
        if (!contact.followUpTask.isEmpty())
            ++c->followUpsCreated;
    }
    if (!contact.followUpTask.isEmpty() && !contact.followUpDue.isEmpty()) {
        if (Cell *c = cell(nis, QDate::fromString(contact.followUpDue, Qt::ISODate)))
            ++c->followUpsDue;
    }
}

void IndicatorCalculator::addGuideProgress(const QString &nis, const GuideProgress &progress)
{
    if (!m_municipalityRows.contains(nis) || !m_guideSteps.contains(progress.guideId))
        return;
    GuideKey &key = m_guides[progress.citizenId + u'|' + progress.guideId];
    key.nis = nis;
    key.steps.append(progress);
}

QJsonObject IndicatorCalculator::result() const
{
    // Guides: complete when every step of the guide is done; in the month of its last step.
    std::vector<Cell> cells = m_cells;
    for (auto it = m_guides.cbegin(); it != m_guides.cend(); ++it) {
        const QString guideId = it->steps.constFirst().guideId;
        const QStringList steps = m_guideSteps.value(guideId);
        const GuideAutonomy autonomy = guideAutonomy(guideId, steps, it->steps);
        if (autonomy == GuideAutonomy::NotYet)
            continue;
        QDate last;
        for (const GuideProgress &p : it->steps) {
            const QDate day = brusselsDate(p.doneAt);
            if (steps.contains(p.stepId) && day.isValid() && (!last.isValid() || day > last))
                last = day;
        }
        const auto row = m_municipalityRows.constFind(it->nis);
        const int i = monthIndex(last);
        if (row == m_municipalityRows.cend() || i < 0)
            continue;
        Cell &c = cells[size_t(*row + i)];
        if (autonomy == GuideAutonomy::Alone)
            ++c.guidesAlone;
        else
            ++c.guidesWithHelp;
    }

    QJsonArray months;
    for (int i = 0; i < m_months; ++i)
        months.append(monthText(m_request.firstMonth.addMonths(i)));
    QJsonArray rows;
    for (const QString &nis : m_request.municipalities) {
        const int first = m_municipalityRows.value(nis);
        for (int i = 0; i < m_months; ++i) {
            const Cell &c = cells[size_t(first + i)];
            int contactsTotal = 0;
            for (int n : c.contacts)
                contactsTotal += n;
            QJsonObject r{
                {u"municipality"_s, nis},
                {u"month"_s, monthText(m_request.firstMonth.addMonths(i))},
                {u"reports_received"_s, c.reportsReceived},
                {u"reports_resolved"_s, c.reportsResolved},
                {u"handling_days_median"_s, percentile(c.handlingDays, 50)},
                {u"handling_days_p90"_s, percentile(c.handlingDays, 90)},
                {u"resolved_with_norm"_s, c.resolvedWithNorm},
                {u"resolved_within_norm"_s, c.resolvedWithinNorm},
                {u"share_within_norm"_s, share(c.resolvedWithinNorm, c.resolvedWithNorm)},
                {u"backlog"_s, c.backlog},
                {u"overdue"_s, c.overdue},
                {u"citizens"_s, c.citizens},
                {u"citizens_ebox"_s, c.citizensEbox},
                {u"share_ebox"_s, share(c.citizensEbox, c.citizens)},
                {u"documents_sent"_s, c.documentsSent},
                {u"documents_digital"_s, c.documentsDigital},
                {u"share_digital"_s, share(c.documentsDigital, c.documentsSent)},
                {u"ebox_read"_s, c.eboxRead},
                {u"ebox_read_rate"_s, share(c.eboxRead, c.documentsDigital)},
                {u"fallbacks_to_paper"_s, c.fallbacks},
                {u"paper_sent"_s, c.paperSent},
                {u"paper_returned"_s, c.paperReturned},
                {u"contacts_total"_s, contactsTotal},
                {u"follow_ups_created"_s, c.followUpsCreated},
                {u"follow_ups_due"_s, c.followUpsDue},
                // No closing status exists for follow-up tasks yet (docs/kpi.md): never guessed.
                {u"follow_ups_closed_on_time"_s, QJsonValue(QJsonValue::Null)},
                {u"guides_completed_alone"_s, c.guidesAlone},
                {u"guides_completed_with_help"_s, c.guidesWithHelp},
            };
            for (int ch = 0; ch < channelCount; ++ch)
                r.insert(u"contacts_"_s + contactChannelCode(ContactChannel(ch)),
                         c.contacts[size_t(ch)]);
            rows.append(r);
        }
    }
    return QJsonObject{{u"from"_s, monthText(m_request.firstMonth)},
                       {u"to"_s, monthText(m_request.lastMonth)},
                       {u"as_of"_s, m_request.today.toString(Qt::ISODate)},
                       {u"months"_s, months},
                       {u"unavailable"_s, QJsonArray{u"follow_ups_closed_on_time"_s}},
                       {u"rows"_s, rows}};
}

namespace {

// The step ids of every built-in guide (the same in every language, GuideLibrary checks that).
const QHash<QString, QStringList> &guideSteps()
{
    static const QHash<QString, QStringList> steps = [] {
        QHash<QString, QStringList> out;
        GuideLibrary library;
        library.load(GuideLibrary::builtInRoot());
        for (const QString &id : library.guideIds()) {
            const QStringList languages = library.languages(id);
            if (languages.isEmpty())
                continue;
            if (const auto g = library.guide(id, languages.constFirst()))
                out.insert(id, g->stepIds());
        }
        return out;
    }();
    return steps;
}

// Says whether a stored body may matter at all, from its bytes, before it is parsed: parsing is
// most of the cost of the indicators.
using Prefilter = std::function<bool(QByteArrayView body)>;

template<typename T>
bool readAll(Store &store, RecordKind kind, const QString &nis,
             std::optional<T> (*parse)(const QJsonObject &, QString *),
             const std::function<void(const T &)> &take, const Prefilter &prefilter = {})
{
    return store.forEachBody(kind, nis, [&](const QByteArray &body) {
        if (prefilter && !prefilter(body))
            return;
        QString problem;
        // A record the hub stored passed this parser on its way in; one that no longer parses
        // (written by an older hub) is left out rather than guessed at.
        if (const auto value = parse(QJsonDocument::fromJson(body).object(), &problem))
            take(*value);
    });
}

// True when `body` holds a time or date string ("YYYY-MM...) of one of the months that can fall
// in the period: a Brussels day is the UTC day or the one after, so the month before the period
// is included. Documents, contacts and guide progress count only by such times; one without
// any cannot count.
Prefilter mentionsPeriod(const IndicatorRequest &request)
{
    QList<QByteArray> marks;
    for (QDate m = request.firstMonth.addMonths(-1); m <= request.lastMonth; m = m.addMonths(1))
        marks << '"' + m.toString(u"yyyy-MM"_s).toLatin1();
    return [marks](QByteArrayView body) {
        return std::any_of(marks.cbegin(), marks.cend(),
                           [body](const QByteArray &mark) { return body.contains(mark); });
    };
}

} // namespace

std::optional<QJsonObject> computeIndicators(Store &store, const IndicatorRequest &request,
                                             QString *error)
{
    IndicatorCalculator calculator(request);
    calculator.setGuideSteps(guideSteps());
    QJsonArray municipalities;
    QHash<QString, QString> names;
    bool ok = readAll<Municipality>(
        store, RecordKind::Municipality, regionScope(), &wire::municipalityFromJson,
        [&](const Municipality &m) { names.insert(m.nisCode, m.name); });
    ok =
        ok && readAll<Category>(store, RecordKind::Category, regionScope(), &wire::categoryFromJson,
                                [&](const Category &c) { calculator.addCategory(c); });
    // Not for reports (the backlog counts old open reports) nor for guide progress (a guide
    // completed in the period may have begun before it).
    const Prefilter inPeriod = mentionsPeriod(request);
    for (const QString &nis : request.municipalities) {
        if (!ok)
            break;
        municipalities.append(QJsonObject{{u"nis"_s, nis}, {u"name"_s, names.value(nis, nis)}});
        // The hub stores the compact wire form: a citizen without consent needs no parsing.
        const Prefilter withConsent = [&](QByteArrayView body) {
            if (!body.contains("\"ebox_consent\":false"))
                return true;
            calculator.addCitizen(nis, Citizen{});
            return false;
        };
        ok = readAll<Citizen>(
                 store, RecordKind::Citizen, nis, &wire::citizenFromJson,
                 [&](const Citizen &c) { calculator.addCitizen(nis, c); }, withConsent) &&
             readAll<Report>(store, RecordKind::Report, nis, &wire::reportFromJson,
                             [&](const Report &r) { calculator.addReport(nis, r); }) &&
             readAll<Document>(
                 store, RecordKind::Document, nis, &wire::documentFromJson,
                 [&](const Document &d) { calculator.addDocument(nis, d); }, inPeriod) &&
             readAll<ContactMoment>(
                 store, RecordKind::ContactMoment, nis, &wire::contactMomentFromJson,
                 [&](const ContactMoment &c) { calculator.addContact(nis, c); }, inPeriod) &&
             readAll<GuideProgress>(
                 store, RecordKind::GuideProgress, nis, &wire::guideProgressFromJson,
                 [&](const GuideProgress &p) { calculator.addGuideProgress(nis, p); });
    }
    if (!ok) {
        *error = store.lastError();
        return std::nullopt;
    }
    QJsonObject out = calculator.result();
    out.insert(u"municipalities"_s, municipalities);
    return out;
}

} // namespace loket::hub
