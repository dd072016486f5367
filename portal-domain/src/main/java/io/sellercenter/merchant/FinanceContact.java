package io.sellercenter.merchant;

public record FinanceContact(String name, String phone, String email) {

}
