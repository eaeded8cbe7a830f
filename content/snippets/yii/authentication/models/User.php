<?php

namespace micro\models;

use Yii;
use yii\base\BaseObject;
use yii\web\IdentityInterface;

// Users kept in code, as in the basic application template.
class User extends BaseObject implements IdentityInterface
{
    public $id;
    public $username;
    public $passwordHash;

    private const USERS = [
        // Yii::$app->security->generatePasswordHash('lovelace') (bcrypt)
        '1' => ['id' => '1', 'username' => 'ada', 'passwordHash' => '$2y$13$GfqYr63vp.NAVdisxQiTVOR0RHlBWayjz.IFJl3WFMK7fZ0i7Kj7S'],
    ];

    public static function findIdentity($id)
    {
        return isset(self::USERS[$id]) ? new static(self::USERS[$id]) : null;
    }

    public static function findIdentityByAccessToken($token, $type = null)
    {
        return null; // session logins only
    }

    public static function findByUsername(string $username): ?self
    {
        foreach (self::USERS as $user) {
            if ($user['username'] === $username) {
                return new static($user);
            }
        }

        return null;
    }

    public function getId()
    {
        return $this->id;
    }

    public function getAuthKey()
    {
        return null; // no remember-me cookie
    }

    public function validateAuthKey($authKey)
    {
        return false;
    }

    public function validatePassword(string $password): bool
    {
        // validatePassword() refuses an empty password with an exception, so that is checked first.
        return $password !== '' && Yii::$app->security->validatePassword($password, $this->passwordHash);
    }
}
