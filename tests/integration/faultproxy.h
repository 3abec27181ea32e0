#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A reverse proxy on loopback between the client and a real loket-hub that can break answers
// on purpose: a real HTTP/1.1 component the tests program per request, so that the client meets
// the faults of a real network (DESIGN §10) and the hub stays the real one.
class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        Status500,        // answer 500 without asking the hub
        Status503,        // answer 503 with Retry-After: 1 without asking the hub
        Slow,             // forward, then hold the answer longer than the client waits
        Truncate,         // forward, send the head and half the body, close
        MalformedJson,    // forward, replace the body with broken JSON
        WrongContentType, // forward, relabel the body text/html
        CutAfterForward,  // forward, let the hub commit, close without answering
        KillHub,          // forward; when the answer starts, call onKill (which kills the hub)
        HoldRequest,      // hold the request holdMs, then forward it: it reaches the hub late
    };
    struct Rule
    {
        QByteArray method; // empty: any
        QString path;      // prefix of the path
        int skip = 0;      // matching requests let through first
        int count = 1;     // requests to break; -1: all
        Fault fault = Fault::None;
        int holdMs = 0; // for Slow and HoldRequest
    };
    struct Seen
    {
        QByteArray method;
        QString path;
        QByteArray idempotencyKey;
        Fault fault = Fault::None;
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    QUrl url() const;
    void setUpstream(quint16 port) { m_upstream = port; }
    void addRule(const Rule &rule) { m_rules.append({rule, 0}); }
    void clearRules() { m_rules.clear(); }
    // Called synchronously when a KillHub answer starts to flow.
    void setOnKill(std::function<void()> kill) { m_onKill = std::move(kill); }

    QList<Seen> seen() const { return m_seen; }
    int faultsApplied() const { return m_faults; }

private:
    struct ActiveRule
    {
        Rule rule;
        int matched = 0;
    };
    class Session;
    friend class Session;
    Fault decide(const QByteArray &method, const QString &path, int *holdMs);

    QTcpServer m_server;
    quint16 m_upstream = 0;
    QList<ActiveRule> m_rules;
    QList<Seen> m_seen;
    int m_faults = 0;
    std::function<void()> m_onKill;
};
