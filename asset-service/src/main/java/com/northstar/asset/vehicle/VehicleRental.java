package com.northstar.asset.vehicle;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.LocalDateTime;

/**
 * One row of {@code vehicle_rental}: a user rents a vehicle until {@code rentalEnd}; the rental is current until the
 * vehicle is returned. <b>Overdue</b> ({@link #overdue}): current, and the rental end has passed.
 */
@TableName("vehicle_rental")
public class VehicleRental {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String vehicleCode;
    private String merchantCode;
    private String userId;
    private String userName;
    private String userPhone;
    /** fen */
    private Long deposit;
    private LocalDateTime rentedAt;
    private LocalDateTime rentalEnd;
    private LocalDateTime returnedAt;
    private LocalDateTime overdueAnnouncedAt;

    /** The overdue rule as conditions of a statement: not returned, and the rental end is before {@code now}. */
    static LambdaQueryWrapper<VehicleRental> overdue(LambdaQueryWrapper<VehicleRental> wrapper, LocalDateTime now) {
        return wrapper.isNull(VehicleRental::getReturnedAt).lt(VehicleRental::getRentalEnd, now);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getVehicleCode() { return vehicleCode; }
    public void setVehicleCode(String vehicleCode) { this.vehicleCode = vehicleCode; }
    public String getMerchantCode() { return merchantCode; }
    public void setMerchantCode(String merchantCode) { this.merchantCode = merchantCode; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getUserPhone() { return userPhone; }
    public void setUserPhone(String userPhone) { this.userPhone = userPhone; }
    public Long getDeposit() { return deposit; }
    public void setDeposit(Long deposit) { this.deposit = deposit; }
    public LocalDateTime getRentedAt() { return rentedAt; }
    public void setRentedAt(LocalDateTime rentedAt) { this.rentedAt = rentedAt; }
    public LocalDateTime getRentalEnd() { return rentalEnd; }
    public void setRentalEnd(LocalDateTime rentalEnd) { this.rentalEnd = rentalEnd; }
    public LocalDateTime getReturnedAt() { return returnedAt; }
    public void setReturnedAt(LocalDateTime returnedAt) { this.returnedAt = returnedAt; }
    public LocalDateTime getOverdueAnnouncedAt() { return overdueAnnouncedAt; }
    public void setOverdueAnnouncedAt(LocalDateTime overdueAnnouncedAt) { this.overdueAnnouncedAt = overdueAnnouncedAt; }
}
