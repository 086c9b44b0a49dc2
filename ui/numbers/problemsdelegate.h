#pragma once

#include <QStyledItemDelegate>

// The Problems column of the numbers table: one small icon per problem the row has
// (NumberChecks, from NumberTableModel::ProblemsRole), in NumberChecks::all() order; the
// words are the cell's tooltip and accessible description.
class ProblemsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDelegate)

public:
    explicit ProblemsDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width that shows every problem's icon.
    static int fullWidth(const QFontMetrics &metrics);
};
