package org.xinfang.platform.admin;

/**
 * A signed-in person whose password an administrator set (a new account, a reset): they must choose their own before
 * they do anything else. The module that owns staff implements it on its principal; the security filter sends them to
 * {@link #CHANGE_PAGE}.
 */
public interface PasswordChangeRequired {

    String CHANGE_PAGE = "/account/password";

    boolean mustChangePassword();
}
