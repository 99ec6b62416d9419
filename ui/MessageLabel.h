#pragma once

#include <QLabel>

namespace spdc {

// An inline message next to the field or step it is about (house style: recoverable errors
// inline). The icon says what kind of message it is; the text keeps the palette's own colour,
// so it stays readable with a dark theme or high contrast. Still a QLabel: text(), show().
class MessageLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Error, Information, Success };
    Q_ENUM(Kind)

    explicit MessageLabel(QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    // Sets the text and shows the label; a screen reader is told what kind of message it is.
    void showMessage(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int iconSize() const;
    void updateMargins();

    Kind m_kind = Kind::Error;
};

} // namespace spdc
