#include "cli.h"
#include "commands.h"

#include "store/connection.h"
#include "store/documentworklists.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace loketctl {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("loketctl", text);
}

// The options both `worklist` and `bench worklists` take, read into a query.
void addQueryOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), tr("The cache to read."), tr("FILE")});
    parser.addOption({QStringLiteral("days"),
                      tr("unread: delivered more than N days ago; recent: sent in the last N days "
                         "(default 15)."),
                      tr("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("municipality"),
                      tr("Only citizens of this municipality (NIS code)."), tr("NIS")});
    parser.addOption({QStringLiteral("today"),
                      tr("Count the days to this date instead of today (YYYY-MM-DD)."),
                      tr("DATE")});
}

std::optional<loket::DocumentWorkListQuery> queryFrom(const QCommandLineParser &parser,
                                                      const QString &command)
{
    loket::DocumentWorkListQuery query;
    const auto days =
        cli::number(command, QStringLiteral("days"), parser.value(QStringLiteral("days")), 0, 3650);
    if (!days)
        return std::nullopt;
    query.minDays = int(*days);
    query.municipalityNis = parser.value(QStringLiteral("municipality"));
    query.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        query.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!query.today.isValid()) {
            cli::usageError(command, tr("--today needs a date as YYYY-MM-DD."));
            return std::nullopt;
        }
    }
    return query;
}

std::optional<loket::DocumentWorkList> listNamed(const QString &name)
{
    if (name == u"unread")
        return loket::DocumentWorkList::UnreadInEbox;
    if (name == u"returned")
        return loket::DocumentWorkList::ReturnedPaper;
    if (name == u"recent")
        return loket::DocumentWorkList::SentRecently;
    return std::nullopt;
}

} // namespace

int runWorklist(const QStringList &arguments)
{
    const QString command = QStringLiteral("worklist");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints a document work list, oldest first, one document per line: document id, "
           "citizen id, citizen name, address, document title, since (UTC), days waiting and "
           "the note (assistance notes, or the post's reason for a return), separated by tabs. "
           "LIST is 'unread' (unread in the eBox, citizens with assistance notes), "
           "'returned' (paper returned as undeliverable) or 'recent' (every document sent in "
           "the last --days days, newest first, at most 10000)."));
    addQueryOptions(parser);
    parser.addPositionalArgument(QStringLiteral("list"), tr("unread, returned or recent."),
                                 tr("LIST"));
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Accepted))
        return *done;
    const auto path = cli::required(parser, command, QStringLiteral("db"));
    if (!path)
        return cli::Usage;
    if (parser.positionalArguments().size() != 1)
        return cli::usageError(command, tr("name one LIST: unread, returned or recent."));
    const auto list = listNamed(parser.positionalArguments().constFirst());
    if (!list)
        return cli::usageError(command, tr("unknown list \"%1\": use unread, returned or recent.")
                                            .arg(parser.positionalArguments().constFirst()));
    auto query = queryFrom(parser, command);
    if (!query)
        return cli::Usage;
    query->list = *list;

    loket::Connection connection(QStringLiteral("loketctl-worklist"));
    if (!connection.open(*path, loket::Connection::Mode::ReadOnly)) {
        cli::err(tr("loketctl worklist: %1").arg(connection.errorString()));
        return cli::Failure;
    }
    loket::DocumentWorkLists lists(connection.database());
    const QList<loket::DocumentWorkItem> items = lists.run(*query);
    if (!lists.errorString().isEmpty()) {
        cli::err(tr("loketctl worklist: the list could not be read: %1").arg(lists.errorString()));
        return cli::Failure;
    }
    for (const loket::DocumentWorkItem &item : items) {
        const QString note = *list == loket::DocumentWorkList::ReturnedPaper
                                 ? item.note
                                 : item.citizen.assistanceNotes;
        QStringList fields{item.document.id,
                           item.citizen.id,
                           item.citizen.fullName(),
                           item.citizen.addressLine(),
                           item.document.title,
                           item.since,
                           QString::number(item.daysWaiting),
                           note};
        for (QString &f : fields)
            f.replace(u'\t', u' ').replace(u'\n', u' ');
        cli::out(fields.join(u'\t'));
    }
    return cli::Success;
}

int runBenchWorklists(const QStringList &arguments)
{
    const QString command = QStringLiteral("bench worklists");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times the document work lists (unread, returned, recent) on a cache: the first run "
           "(cold, as when the window opens) and the median of the repeats."));
    addQueryOptions(parser);
    parser.addOption({QStringLiteral("repeat"), tr("Repeats after the first run (default 5)."),
                      tr("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("json"), tr("Print the figures as one JSON object.")});
    if (const auto done = cli::parse(parser, command, arguments, cli::Positional::Refused))
        return *done;
    const auto path = cli::required(parser, command, QStringLiteral("db"));
    if (!path)
        return cli::Usage;
    auto query = queryFrom(parser, command);
    const auto repeat = cli::number(command, QStringLiteral("repeat"),
                                    parser.value(QStringLiteral("repeat")), 1, 1000);
    if (!query || !repeat)
        return cli::Usage;

    loket::Connection connection(QStringLiteral("loketctl-bench-worklists"));
    if (!connection.open(*path, loket::Connection::Mode::ReadOnly)) {
        cli::err(tr("loketctl bench worklists: %1").arg(connection.errorString()));
        return cli::Failure;
    }
    loket::DocumentWorkLists lists(connection.database());
    QJsonObject figures;
    for (const auto &[name, list] :
         {std::pair{QStringLiteral("unread"), loket::DocumentWorkList::UnreadInEbox},
          std::pair{QStringLiteral("returned"), loket::DocumentWorkList::ReturnedPaper},
          std::pair{QStringLiteral("recent"), loket::DocumentWorkList::SentRecently}}) {
        query->list = list;
        std::vector<double> ms;
        qsizetype rows = 0;
        for (qint64 run = 0; run <= *repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            rows = lists.run(*query).size();
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!lists.errorString().isEmpty()) {
                cli::err(tr("loketctl bench worklists: %1").arg(lists.errorString()));
                return cli::Failure;
            }
        }
        const double first = ms.front();
        std::vector<double> repeats(ms.begin() + 1, ms.end());
        std::sort(repeats.begin(), repeats.end());
        const double median = repeats.at(repeats.size() / 2);
        figures.insert(name, QJsonObject{{QStringLiteral("rows"), rows},
                                         {QStringLiteral("first_ms"), first},
                                         {QStringLiteral("median_ms"), median}});
        if (!parser.isSet(QStringLiteral("json")))
            cli::out(tr("%1: %2 documents, first run %3 ms, median of %4 repeats %5 ms")
                         .arg(name)
                         .arg(rows)
                         .arg(first, 0, 'f', 1)
                         .arg(*repeat)
                         .arg(median, 0, 'f', 1));
    }
    if (parser.isSet(QStringLiteral("json")))
        cli::out(QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)));
    return cli::Success;
}

} // namespace loketctl
