#pragma once

#include "numberfiltermodel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class NumberTableModel;
class QTimer;

// One bar of the Numbers summary: what it counts, and the filter that shows exactly its rows.
struct NumberSummaryBar
{
    enum class Kind : quint8 {
        AreaCode,   // North American numbers of one area code: key "415"
        Region,     // numbers elsewhere, of one region: key "London"
        Other,      // the places past the top ones (and numbers with no known place)
        Capability, // bits: one NumberRow::Capability
        Problem,    // bits: one NumberChecks::Problem
    };

    Kind kind = Kind::Other;
    QString key;      // the area code or the region
    QString place;    // an area code's region ("California"); may be empty
    quint32 bits = 0;
    bool tollFree = false; // a toll-free area code (800, 833...)
    int count = 0;
    int places = 0;   // Other: how many area codes and regions it holds

    // What NumbersPane's filters are set to for this bar (a text, a region, a capability or
    // a problem), under which a NumberFilterModel shows exactly `count` rows. Empty for
    // Other, which no filter selects.
    NumberViewFilter filter() const;
    bool isFilterable() const { return kind != Kind::Other; }

    friend bool operator==(const NumberSummaryBar &a, const NumberSummaryBar &b)
    {
        return a.kind == b.kind && a.key == b.key && a.place == b.place && a.bits == b.bits
               && a.tollFree == b.tollFree && a.count == b.count && a.places == b.places;
    }
    friend bool operator!=(const NumberSummaryBar &a, const NumberSummaryBar &b) { return !(a == b); }
};

// The counts a summary shows, made in one pass over an account's rows.
struct NumberSummaryCounts
{
    int total = 0;
    int withProblems = 0;                 // numbers with at least one problem
    QList<NumberSummaryBar> places;       // most numerous first, then Other (if any)
    QList<NumberSummaryBar> capabilities; // Voice, SMS, MMS, Fax
    QList<NumberSummaryBar> problems;     // in NumberChecks::all()'s order, zeros included

    friend bool operator==(const NumberSummaryCounts &a, const NumberSummaryCounts &b)
    {
        return a.total == b.total && a.withProblems == b.withProblems && a.places == b.places
               && a.capabilities == b.capabilities && a.problems == b.problems;
    }
    friend bool operator!=(const NumberSummaryCounts &a, const NumberSummaryCounts &b) { return !(a == b); }
};

// The Numbers section's summary of a NumberTableModel: numbers by area code (North America)
// or region (elsewhere), by capability and by problem. Counted on the GUI thread in one pass
// over the compact rows (7 ms at 100,000: bench_numbers' summary_100k_ms), coalesced: while
// the account streams in or a refresh applies its changes, at most once per interval (250 ms),
// never once per batch; and only while active (the summary is shown).
//
//     NumberSummary summary(model);                  // the model is not owned
//     connect(&summary, &NumberSummary::countsChanged, view, [&] { show(summary.counts()); });
//     summary.setActive(panel->isVisible());
class NumberSummary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberSummary)

public:
    static constexpr int DefaultTopPlaces = 10;

    explicit NumberSummary(NumberTableModel *model, QObject *parent = nullptr);
    ~NumberSummary() override;

    // The counts of `model`'s rows now, with the `topPlaces` most numerous area codes and
    // regions as bars of their own and the rest as Other.
    static NumberSummaryCounts count(const NumberTableModel &model, int topPlaces = DefaultTopPlaces);

    // Out of line: QPointer needs the complete type, which this header does not include.
    NumberTableModel *model() const;
    const NumberSummaryCounts &counts() const { return m_counts; }
    void setTopPlaces(int places);
    int topPlaces() const { return m_topPlaces; }
    // The most often counts are made while rows keep changing (default 250 ms).
    void setInterval(int ms);
    // Counts only while active (the summary is shown); becoming active counts what changed.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Counts now (countsChanged() if they differ).
    void recount();

signals:
    void countsChanged();

private:
    void schedule();

    QPointer<NumberTableModel> m_model;
    NumberSummaryCounts m_counts;
    QTimer *m_timer;
    int m_topPlaces = DefaultTopPlaces;
    bool m_active = true;
    bool m_dirty = true;
};
