#pragma once

#include "store/repositories.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace loket::ui {

// What the dossier views need to name codes: the category catalogue and the municipalities.
struct ReferenceData
{
    QHash<QString, Category> categories;    // by code
    QHash<QString, QString> municipalities; // NIS code → name

    // In the UI language, else the code itself.
    QString categoryName(const QString &code) const;
    QString municipalityName(const QString &nisCode) const;
};

// Role the sort proxies sort on: times as QDateTime, everything else as its display text.
inline constexpr int SortRole = Qt::UserRole + 100;

// Base of the dossier's table models: they all show one citizen's dossier, re-read their words
// when the UI language changes, and sort on SortRole.
class DossierTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setDossier(const Dossier &dossier, const ReferenceData &reference);
    void clear();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    virtual QString text(int row, int column) const = 0;
    virtual QVariant sortKey(int row, int column) const { return text(row, column); }
    virtual QString toolTip(int row, int column) const { return text(row, column); }
    virtual void rebuild() {}
    // The dossier's document an action is about; null for a citizen-level action.
    const Document *documentOf(const DocumentAction &action) const;

    Dossier m_dossier;
    ReferenceData m_reference;
};

// The overview: one timeline of everything that happened, newest first, in a citizen's words.
class TimelineModel final : public DossierTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, DetailsColumn, ColumnCount };
    enum class Kind { ReportChange, DocumentEvent, DocumentAction, Contact };
    struct Entry
    {
        Kind kind;
        int record; // index into the dossier's reports, documents, document actions or contacts
        int event;  // index into that record's history; -1 for a contact
        QDateTime when;
    };

    using DossierTableModel::DossierTableModel;
    const QList<Entry> &entries() const { return m_entries; }

protected:
    int rows() const override { return int(m_entries.size()); }
    QStringList headers() const override;
    QString text(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    void rebuild() override;

private:
    QString what(const Entry &entry) const;
    QString details(const Entry &entry) const;
    QList<Entry> m_entries;
};

class ReportsModel final : public DossierTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        SubjectColumn,
        LocationColumn,
        ReportedColumn,
        ExpectedColumn,
        StatusColumn,
        ColumnCount
    };
    using DossierTableModel::DossierTableModel;

protected:
    int rows() const override { return int(m_dossier.reports.size()); }
    QStringList headers() const override;
    QString text(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QString toolTip(int row, int column) const override;
};

class DocumentsModel final : public DossierTableModel
{
    Q_OBJECT
public:
    enum Column {
        SentColumn,
        TitleColumn,
        KindColumn,
        SenderColumn,
        ChannelColumn,
        StatusColumn,
        ExpiresColumn,
        ColumnCount
    };
    using DossierTableModel::DossierTableModel;

protected:
    int rows() const override { return int(m_dossier.documents.size()); }
    QStringList headers() const override;
    QString text(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QString toolTip(int row, int column) const override;
};

// Every contact moment of the citizen across the region (issue 8, item 5), each marked with the
// municipality where it took place and its channel.
class ContactsModel final : public DossierTableModel
{
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        MunicipalityColumn,
        ChannelColumn,
        TopicColumn,
        SummaryColumn,
        OutcomeColumn,
        FollowUpColumn,
        ColumnCount
    };
    using DossierTableModel::DossierTableModel;
    const ContactMoment &contact(int row) const { return m_dossier.contacts.at(row); }
    // The municipality's name, else its code, else nothing (the hub always sends one).
    QString municipalityName(int row) const;

protected:
    int rows() const override { return int(m_dossier.contacts.size()); }
    QStringList headers() const override;
    QString text(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
};

// The contact history's filter: one municipality (NIS code) and one channel, or all of either.
class ContactsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // Empty: every municipality.
    void setMunicipality(const QString &nisCode);
    QString municipality() const { return m_municipality; }
    void setChannel(std::optional<ContactChannel> channel);
    std::optional<ContactChannel> channel() const { return m_channel; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_municipality;
    std::optional<ContactChannel> m_channel;
};

// One document's whole story for the detail pane under the documents tab: its delivery events
// and what staff did about it (requests, explanations), oldest first.
class DocumentHistoryModel final : public DossierTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, DetailsColumn, ColumnCount };
    using DossierTableModel::DossierTableModel;

    // The document to show, by id; empty or unknown shows nothing.
    void setDocumentId(const QString &documentId);
    QString documentId() const { return m_documentId; }
    const Document *document() const;

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;
    QString text(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    void rebuild() override;

private:
    struct Row
    {
        int event = -1;  // index into the document's history, or
        int action = -1; // index into the dossier's document actions
        QDateTime when;
    };
    QString m_documentId;
    QList<Row> m_rows;
};

} // namespace loket::ui
