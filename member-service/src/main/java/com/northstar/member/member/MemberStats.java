package com.northstar.member.member;

import java.util.Map;

/**
 * {@code memberStats} (seed 2.2.18): the eight keys ({@code memberSum} and one per {@link MemberState}) for every
 * member and for those registered today, Asia/Shanghai.
 */
record MemberStats(Map<String, Long> totalMember, Map<String, Long> increasedMember) {
}
