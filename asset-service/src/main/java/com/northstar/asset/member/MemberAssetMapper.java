package com.northstar.asset.member;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * A member's first and newest battery and vehicle, by user id or phone ({@code column} is a {@link MemberKey}'s
 * column, never request text). Each is one row off {@code idx_binding_user}/{@code idx_binding_phone} or
 * {@code idx_rental_user}/{@code idx_rental_phone}.
 */
@Mapper
interface MemberAssetMapper {

    @Select("SELECT b.battery_code AS code, t.model AS model, t.cover AS img FROM battery_binding b "
            + "LEFT JOIN battery t ON t.battery_code = b.battery_code "
            + "WHERE b.${column} = #{value} ORDER BY b.id ASC LIMIT 1")
    AssetInfo.Asset firstBattery(@Param("column") String column, @Param("value") String value);

    @Select("SELECT b.battery_code AS code, t.model AS model, t.cover AS img FROM battery_binding b "
            + "LEFT JOIN battery t ON t.battery_code = b.battery_code "
            + "WHERE b.${column} = #{value} AND b.unbound_at IS NULL ORDER BY b.id DESC LIMIT 1")
    AssetInfo.Asset currentBattery(@Param("column") String column, @Param("value") String value);

    @Select("SELECT r.vehicle_code AS code, v.model AS model, v.img_url AS img FROM vehicle_rental r "
            + "LEFT JOIN vehicle v ON v.code = r.vehicle_code "
            + "WHERE r.${column} = #{value} ORDER BY r.id ASC LIMIT 1")
    AssetInfo.Asset firstVehicle(@Param("column") String column, @Param("value") String value);

    @Select("SELECT r.vehicle_code AS code, v.model AS model, v.img_url AS img FROM vehicle_rental r "
            + "LEFT JOIN vehicle v ON v.code = r.vehicle_code "
            + "WHERE r.${column} = #{value} AND r.returned_at IS NULL ORDER BY r.id DESC LIMIT 1")
    AssetInfo.Asset currentVehicle(@Param("column") String column, @Param("value") String value);
}
