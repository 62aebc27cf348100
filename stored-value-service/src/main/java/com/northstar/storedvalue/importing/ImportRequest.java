package com.northstar.storedvalue.importing;

/** #38 JSON body: {@code filePath} of an earlier upload (the other fields are the upload's, already applied). */
record ImportRequest(String filePath, Long shopId, Long memberCardClassId, Long memberLevelId) {
}
