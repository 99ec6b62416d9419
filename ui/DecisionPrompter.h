#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

#include <QMessageBox>
class QWidget;

namespace spdc {

// The one way the main window asks the user to decide something (house style: modal boxes
// only for decisions, through one helper that tests can pre-answer). The box is window-modal
// and opened with open(): no nested event loop, the answer arrives through the callback.
class DecisionPrompter : public QObject
{
    Q_OBJECT
public:
    struct Question
    {
        QString title;
        QString text;             // the question itself
        QString informativeText;  // what happens, in a sentence or two
        QString acceptText;       // the verb on the button that goes ahead ("Remove")
        bool destructive = false; // the default button is then Cancel
    };

    explicit DecisionPrompter(QWidget *parent);

    void ask(const Question &question, std::function<void(bool accepted)> done);

    // For tests: the next questions are answered with these, in order, without a box.
    void preAnswer(bool accepted) { m_preAnswers.push_back(accepted); }
    // The last question asked (answered by a person or pre-answered).
    std::optional<Question> lastQuestion() const { return m_lastQuestion; }
    // The box on screen now, if any.
    QMessageBox *openBox() const { return m_box; }

private:
    QWidget *m_parent;
    std::deque<bool> m_preAnswers;
    std::optional<Question> m_lastQuestion;
    QPointer<QMessageBox> m_box;
};

} // namespace spdc
