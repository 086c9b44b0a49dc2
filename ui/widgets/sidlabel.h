#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// An identifier (a SID, a UUID) that is never clipped: elided in the middle when the room is
// short, the whole text on hover, and a button that copies it.
//
//     auto *sid = new SidLabel(this);
//     sid->setText(tr("SID"), number.sid);
class SidLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidLabel)

public:
    explicit SidLabel(QWidget *parent = nullptr);

    // `caption` is shown before the value ("SID"); the value alone is copied.
    void setText(const QString &caption, const QString &value);
    QString value() const { return m_value; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    QLabel *m_label;
    QToolButton *m_copy;
    QString m_caption;
    QString m_value;
};
