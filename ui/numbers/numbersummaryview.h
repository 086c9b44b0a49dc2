#pragma once

#include "numbers/numbersummary.h"

#include <QList>
#include <QWidget>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QStackedWidget;
class QValueAxis;

// The Numbers section's summary, drawn from a NumberSummary as three horizontal bar charts
// (Qt Charts) side by side: numbers by area code or region, by capability, by problem. A
// click on a bar asks for that bar's rows (barClicked(); NumbersPane sets its filters); the
// bar the table is filtered to is drawn in the highlight colour. With no number yet it says
// so instead of drawing empty axes. Colours come from the palette (light or dark), and each
// chart has an accessible name and a description listing its bars.
//
//     auto *view = new NumberSummaryView(summary, this);
//     connect(view, &NumberSummaryView::barClicked, this, &NumbersPane::showSummaryBar);
//     view->setActiveFilter(proxy->filter());
class NumberSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberSummaryView)

public:
    enum class Chart { Places, Capabilities, Problems };
    static constexpr int ChartCount = 3;

    // `summary` is not owned.
    explicit NumberSummaryView(NumberSummary *summary, QWidget *parent = nullptr);
    ~NumberSummaryView() override;

    // What is shown instead of the charts while there is no number ("Loading…").
    void setEmptyText(const QString &text);
    bool isShowingCharts() const;
    // Highlights the bar whose filter() this is; none when no bar's.
    void setActiveFilter(const NumberViewFilter &filter);

    QChartView *chartView(Chart chart) const;
    // The chart's bars in the order its set holds them (QBarSet index; the top bar is last).
    QBarSet *barSet(Chart chart) const;
    QList<NumberSummaryBar> bars(Chart chart) const;   // top bar first, as read
    NumberSummaryBar barAt(Chart chart, int setIndex) const;
    // "415 California", "London", "Voice", "No voice handling", "Other (23 places)".
    static QString label(const NumberSummaryBar &bar);

signals:
    // A bar that a filter selects was clicked.
    void barClicked(const NumberSummaryBar &bar);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct ChartParts
    {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QHorizontalBarSeries *series = nullptr;
        QBarSet *set = nullptr;
        QBarCategoryAxis *categories = nullptr;
        QValueAxis *values = nullptr;
        QList<NumberSummaryBar> bars; // top first
    };

    void build(Chart which, const QString &accessibleName);
    void showCounts();
    void fill(Chart which, const QList<NumberSummaryBar> &bars, const QString &title);
    void restyle();
    void relabel(Chart which);
    void showActive();
    QString toolTip(const NumberSummaryBar &bar) const;
    ChartParts &parts(Chart chart) { return m_charts[size_t(chart)]; }
    const ChartParts &parts(Chart chart) const { return m_charts[size_t(chart)]; }

    NumberSummary *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    std::array<ChartParts, ChartCount> m_charts;
    NumberViewFilter m_active;
    bool m_restyling = false;
};
