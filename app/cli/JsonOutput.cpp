#include "JsonOutput.h"

namespace latch::cli::JsonOutput {

Json strings(const QStringList& list)
{
    Json array = Json::array();
    for (const QString& s : list)
        array.push_back(s.toStdString());
    return array;
}

Json dread(const DreadScore& score, bool withComposite)
{
    Json object{{"damage", score.damage},
                {"reproducibility", score.reproducibility},
                {"exploitability", score.exploitability},
                {"affected_users", score.affectedUsers},
                {"discoverability", score.discoverability}};
    if (withComposite)
        object["score"] = score.composite();
    return object;
}

} // namespace latch::cli::JsonOutput
