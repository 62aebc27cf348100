package com.northstar.storedvalue.member;

/** A tag of a member, as {@code tagsOf} reads it. */
public class MemberTagRow {

    Long memberId;
    Long id;
    String name;
}
