#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

class AcsSimProcess;

// `program` (spdc-cli) as a user drives it, for the CLI tests: started with an environment of the test's
// own (a throwaway home, a locale), answering each prompt once its words appear.
struct CliRun
{
    int exitCode = -1;   // -1: did not start, crashed or was killed
    QByteArray out;
    QByteArray err;
};

// {words the prompt contains, the answer}, in order; the answer "${OTP}" is the newest code
// acs-sim texted during this run.
using CliDialogue = QList<std::pair<QByteArray, QString>>;

CliRun runCli(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
              const CliDialogue &dialogue, const AcsSimProcess &sim, int timeoutMs);
